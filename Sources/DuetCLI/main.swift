import Foundation

exit(DuetMain.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
