/// What the slice-by-16 CRC engines (``ReflectedCRC32`` and ``CRC64NVME``) share: their tables, and the byte at a
/// time loop for the tail shorter than 16 bytes.
enum CRCTables {
    /// The 16 × 256 tables of the reflected polynomial `polynomial`, table `k` at `k * 256`: table 0 is the classic
    /// byte table and table `k` advances its entries by `k` more zero bytes. Allocated once per engine, never freed.
    static func make<Word: FixedWidthInteger & UnsignedInteger>(polynomial: Word) -> UnsafePointer<Word> {
        let tables = UnsafeMutablePointer<Word>.allocate(capacity: 16 * 256)
        for index in 0..<256 {
            var value = Word(index)
            for _ in 0..<8 { value = value & 1 == 1 ? polynomial ^ (value >> 1) : value >> 1 }
            tables[index] = value
        }
        for table in 1..<16 {
            for index in 0..<256 {
                let previous = tables[(table - 1) * 256 + index]
                tables[table * 256 + index] = (previous >> 8) ^ tables[Int(truncatingIfNeeded: previous & 0xFF)]
            }
        }
        return UnsafePointer(tables)
    }

    /// The register `crc` (not inverted) after the `count` bytes at `pointer`, one byte at a time.
    @inline(__always)
    static func tail<Word: FixedWidthInteger & UnsignedInteger>(
        _ crc: Word, _ pointer: UnsafeRawPointer, _ count: Int, _ table: UnsafePointer<Word>
    ) -> Word {
        var crc = crc
        for offset in 0..<count {
            let byte = Word(pointer.load(fromByteOffset: offset, as: UInt8.self))
            crc = table[Int(truncatingIfNeeded: (crc ^ byte) & 0xFF)] ^ (crc >> 8)
        }
        return crc
    }
}
