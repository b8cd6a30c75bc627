/// CRC-64/NVME (the reflected polynomial `0x9A6C9329AC4BC9B5` of NVMe, `x-amz-checksum-crc64nvme`), computed
/// slice-by-16 like ``ReflectedCRC32``: one step folds 16 bytes through 16 tables of 256 `UInt64`s.
package enum CRC64NVME {
    /// The reflected polynomial.
    static let polynomial: UInt64 = 0x9A6C_9329_AC4B_C9B5

    /// The 16 × 256 tables, table `k` at `k * 256`, made on first use and never freed.
    private nonisolated(unsafe) static let tables = CRCTables.make(polynomial: polynomial)

    /// The CRC after `bytes`, starting from `crc` (the finished checksum of the bytes before, or 0).
    package static func update(_ crc: UInt64, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var crc = ~crc
        guard var pointer = bytes.baseAddress else { return ~crc }
        var count = bytes.count
        let t = tables
        while count >= 16 {
            let a = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)) ^ crc
            let b = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            crc = t[15 * 256 + Int(a & 0xFF)] ^ t[14 * 256 + Int((a >> 8) & 0xFF)]
                ^ t[13 * 256 + Int((a >> 16) & 0xFF)] ^ t[12 * 256 + Int((a >> 24) & 0xFF)]
                ^ t[11 * 256 + Int((a >> 32) & 0xFF)] ^ t[10 * 256 + Int((a >> 40) & 0xFF)]
                ^ t[9 * 256 + Int((a >> 48) & 0xFF)] ^ t[8 * 256 + Int(a >> 56)]
                ^ t[7 * 256 + Int(b & 0xFF)] ^ t[6 * 256 + Int((b >> 8) & 0xFF)]
                ^ t[5 * 256 + Int((b >> 16) & 0xFF)] ^ t[4 * 256 + Int((b >> 24) & 0xFF)]
                ^ t[3 * 256 + Int((b >> 32) & 0xFF)] ^ t[2 * 256 + Int((b >> 40) & 0xFF)]
                ^ t[1 * 256 + Int((b >> 48) & 0xFF)] ^ t[Int(b >> 56)]
            pointer += 16
            count &-= 16
        }
        return ~CRCTables.tail(crc, pointer, count, t)
    }

    /// The checksum of `bytes`.
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        if let crc = bytes.withContiguousStorageIfAvailable({ update(0, UnsafeRawBufferPointer($0)) }) { return crc }
        return Array(bytes).withUnsafeBytes { update(0, $0) }
    }
}
