# Installs duet for the current user (or under PREFIX): a release binary in $(PREFIX)/bin, and the bundled decks
# and word lists in $(PREFIX)/share/duet, where the installed binary finds them from any folder.
#
#   make install                 # into ~/.local
#   make install PREFIX=/opt/duet
#   make uninstall PREFIX=/opt/duet
#
# BINARY names an already built binary to install instead of building one.

PREFIX ?= $(HOME)/.local
BINARY ?= .build/release/duet

.PHONY: install uninstall

install:
	@test -n "$(PREFIX)" || { echo "make: PREFIX is empty" >&2; exit 1; }
	@if [ "$(BINARY)" = ".build/release/duet" ]; then swift build -c release --product duet; fi
	mkdir -p "$(PREFIX)/bin" "$(PREFIX)/share/duet"
	cp "$(BINARY)" "$(PREFIX)/bin/duet.new"
	chmod 755 "$(PREFIX)/bin/duet.new"
	mv "$(PREFIX)/bin/duet.new" "$(PREFIX)/bin/duet"
	cp -R Decks/. "$(PREFIX)/share/duet/"
	@echo "installed $(PREFIX)/bin/duet and the bundled decks in $(PREFIX)/share/duet"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "add $(PREFIX)/bin to your PATH to run duet from anywhere";; esac

uninstall:
	@test -n "$(PREFIX)" || { echo "make: PREFIX is empty" >&2; exit 1; }
	rm -f "$(PREFIX)/bin/duet"
	rm -rf "$(PREFIX)/share/duet"
