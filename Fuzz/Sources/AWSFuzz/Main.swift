import Foundation

// The executable's entry point. SwiftPM links an executable's `main` to `<module>_main`, so that is the
// symbol defined here; it takes the target's name off the command line and hands the rest to libFuzzer's
// driver (`LLVMFuzzerRunDriver`), with the chosen target as the callback:
//
//     .build-fuzz/debug/AWSFuzz <target> [libFuzzer options] [corpus directories or files]

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The target chosen on the command line; set once before the driver starts.
nonisolated(unsafe) private var selected: FuzzTarget?

/// libFuzzer's callback: runs the selected target on one input. libFuzzer's own `main` also names this
/// symbol, so it is defined even though `AWSFuzz_main` replaces that `main`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let target = selected else { return 0 }
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? target.run(bytes)
    return 0
}

@_cdecl("AWSFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2, let target = FuzzTarget.all.first(where: { $0.name == arguments[1] }) else {
        let usage = "usage: AWSFuzz <target> [libFuzzer options] [corpus...]\ntargets:\n"
            + FuzzTarget.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(usage.utf8))
        return arguments.count >= 2 && arguments[1] == "--list" ? 0 : 2
    }
    selected = target
    // argv without the target name: the program name, then libFuzzer's own arguments.
    var count = argc - 1
    var rest = argv.map { pointer -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> in
        pointer[1] = pointer[0]
        return pointer + 1
    }
    return LLVMFuzzerRunDriver(&count, &rest, fuzzOneInput)
}
