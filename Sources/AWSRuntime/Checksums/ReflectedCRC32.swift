/// A reflected 32-bit CRC computed slice-by-16: sixteen 256-entry tables let one step fold 16 input bytes with
/// 16 table lookups and no data-dependent branches. CRC-32 (zlib's, polynomial `0xEDB88320`) and CRC-32C
/// (Castagnoli, `0x82F63B78`) are two instances.
///
/// The tables live in one allocation made on first use and never freed, and the loop reads them and the input
/// through unsafe pointers, so that it runs without bounds checks (about 2 GB/s on one core, see
/// `Benchmarks/checksums.sh`).
package struct ReflectedCRC32: Sendable {
    /// The 16 × 256 tables, table `k` at `k * 256`.
    private nonisolated(unsafe) let tables: UnsafePointer<UInt32>

    /// Builds the tables of the reflected polynomial `polynomial`.
    package init(polynomial: UInt32) {
        tables = CRCTables.make(polynomial: polynomial)
    }

    /// The CRC register after `bytes`, starting from `crc` (the finished checksum of the bytes before, or 0).
    package func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = ~crc
        guard var pointer = bytes.baseAddress else { return ~crc }
        var count = bytes.count
        let t = tables
        while count >= 16 {
            let a = UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self)) ^ crc
            let b = UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            let c = UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
            let d = UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
            crc = t[15 * 256 + Int(a & 0xFF)] ^ t[14 * 256 + Int((a >> 8) & 0xFF)]
                ^ t[13 * 256 + Int((a >> 16) & 0xFF)] ^ t[12 * 256 + Int(a >> 24)]
                ^ t[11 * 256 + Int(b & 0xFF)] ^ t[10 * 256 + Int((b >> 8) & 0xFF)]
                ^ t[9 * 256 + Int((b >> 16) & 0xFF)] ^ t[8 * 256 + Int(b >> 24)]
                ^ t[7 * 256 + Int(c & 0xFF)] ^ t[6 * 256 + Int((c >> 8) & 0xFF)]
                ^ t[5 * 256 + Int((c >> 16) & 0xFF)] ^ t[4 * 256 + Int(c >> 24)]
                ^ t[3 * 256 + Int(d & 0xFF)] ^ t[2 * 256 + Int((d >> 8) & 0xFF)]
                ^ t[1 * 256 + Int((d >> 16) & 0xFF)] ^ t[Int(d >> 24)]
            pointer += 16
            count &-= 16
        }
        return ~CRCTables.tail(crc, pointer, count, t)
    }

    /// The checksum of `bytes`.
    package func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        if let crc = bytes.withContiguousStorageIfAvailable({ update(0, UnsafeRawBufferPointer($0)) }) { return crc }
        return Array(bytes).withUnsafeBytes { update(0, $0) }
    }
}
