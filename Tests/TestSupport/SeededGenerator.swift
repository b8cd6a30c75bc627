import Foundation

/// A random number generator with a fixed seed (SplitMix64), so that a random test does the same thing on
/// every run and a failure can be replayed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed it started from, to print when a test fails.
    public let seed: UInt64
    private var state: UInt64

    /// Starts from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// Starts from the seed in the environment variable `variable` when it is set (to replay a failure
    /// another run printed), or else from `defaultSeed`.
    public init(environment variable: String, default defaultSeed: UInt64) {
        let text = ProcessInfo.processInfo.environment[variable]
        self.init(seed: text.flatMap { UInt64($0) } ?? defaultSeed)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// `count` random bytes from `seed`: the same bytes on every run.
    public static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        var bytes = [UInt8](repeating: 0, count: count)
        var index = 0
        while index < count {
            var word = generator.next()
            for _ in 0..<8 where index < count {
                bytes[index] = UInt8(truncatingIfNeeded: word)
                word >>= 8
                index += 1
            }
        }
        return bytes
    }
}
