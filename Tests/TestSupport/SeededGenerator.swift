/// A random number generator that gives the same numbers for the same seed, for reproducible random tests.
public struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    /// Starts at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next number (a 64-bit linear congruential step).
    public mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
