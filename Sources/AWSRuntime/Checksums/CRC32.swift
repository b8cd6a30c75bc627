/// CRC-32 (IEEE 802.3, the checksum of zlib, of event stream messages and of `x-amz-checksum-crc32`).
package enum CRC32 {
    /// The slice-by-16 engine of polynomial `0xEDB88320`.
    package static let engine = ReflectedCRC32(polynomial: 0xEDB8_8320)

    /// The checksum of `bytes`.
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        engine.checksum(bytes)
    }
}

/// CRC-32C (Castagnoli, the checksum of iSCSI and of `x-amz-checksum-crc32c`).
package enum CRC32C {
    /// The slice-by-16 engine of polynomial `0x82F63B78`.
    package static let engine = ReflectedCRC32(polynomial: 0x82F6_3B78)

    /// The checksum of `bytes`.
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        engine.checksum(bytes)
    }
}
