import Foundation

/// botocore's `CubicCalculator` (`botocore/retries/throttling.py`): the send rate CUBIC allows, which falls by `beta`
/// at a throttling error and grows back as a cubic of the time since, through the rate of that error.
struct CubicCalculator: Equatable {
    static let scaleConstant = 0.4
    static let beta = 0.7

    /// The rate at the last throttling error.
    private(set) var wMax: Double
    /// The seconds after the last error at which the rate is back at `wMax`.
    private(set) var k: Double
    /// When the last throttling error came.
    private(set) var lastFail: Double

    init(startingMaxRate: Double, startTime: Double) {
        wMax = startingMaxRate
        k = Self.zeroPoint(wMax)
        lastFail = startTime
    }

    private static func zeroPoint(_ wMax: Double) -> Double {
        pow(wMax * (1 - beta) / scaleConstant, 1.0 / 3.0)
    }

    /// The rate after a response that was not throttled, at `timestamp`.
    func successReceived(_ timestamp: Double) -> Double {
        Self.scaleConstant * pow(timestamp - lastFail - k, 3) + wMax
    }

    /// The rate after a throttling error at `timestamp`, sent at `currentRate`.
    mutating func errorReceived(currentRate: Double, timestamp: Double) -> Double {
        wMax = currentRate
        k = Self.zeroPoint(wMax)
        lastFail = timestamp
        return currentRate * Self.beta
    }
}
