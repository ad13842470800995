/// A piece of SQL with the values of its `?` placeholders, so the two travel together and cannot drift apart.
struct SQLFragment {
  let text: String
  let arguments: [any SQLBindable]

  init(_ text: String, _ arguments: any SQLBindable...) {
    self.text = text
    self.arguments = arguments
  }

  /// A fragment with its arguments as a list, for a placeholder count known only at run time.
  init(text: String, arguments: [any SQLBindable]) {
    self.text = text
    self.arguments = arguments
  }

  /// The fragments joined by `separator`, their arguments in the same order.
  init(joining fragments: [SQLFragment], with separator: String) {
    text = fragments.map(\.text).joined(separator: separator)
    arguments = fragments.flatMap(\.arguments)
  }
}
