import Bitext
import Duet

/// Feeds one input to the transcript reader (and the aligner behind it), to the subtitle reader (as one bilingual
/// file, and as both tracks of a pair) and to the Anki text reader.
///
/// Bad input may be refused with an error; anything else (a trap, a hang) is a bug.
func exercise(_ bytes: UnsafeBufferPointer<UInt8>) {
  guard let text = String(validating: bytes, as: UTF8.self) else { return }
  let transcript = TranscriptReader.read(text)
  _ = Aligner.align(transcript)
  let cues = SubtitleReader.cues(in: text)
  _ = Aligner.align(SubtitleTracks.transcript(bilingual: cues))
  _ = Aligner.align(SubtitleTracks.transcript(english: cues, chinese: cues))
  _ = try? AnkiTextFile(path: "fuzz-input", text: text)
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  exercise(UnsafeBufferPointer(start: data, count: size))
  return 0
}

#if FUZZING
  /// libFuzzer's driver, which runs `LLVMFuzzerTestOneInput` over generated inputs.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// The package manager names an executable's entry point after its target: hand it to libFuzzer's driver.
  @_cdecl("DuetFuzz_main")
  func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
  }
#else
  /// Without libFuzzer: replays the files named on the command line, to reproduce a crash the fuzzer found.
  @main
  enum Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let bytes = try? InputFile.bytes(at: path) else {
          print("cannot read \(path)")
          continue
        }
        bytes.withUnsafeBufferPointer(exercise)
        print("ok \(path)")
      }
    }
  }
#endif
