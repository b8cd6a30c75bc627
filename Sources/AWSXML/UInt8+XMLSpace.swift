extension UInt8 {
    /// Whether this byte is XML white space: space, tab, carriage return or line feed.
    package var isXMLSpace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A
    }
}
