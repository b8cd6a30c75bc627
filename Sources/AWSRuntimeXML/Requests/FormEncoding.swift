/// `application/x-www-form-urlencoded` text as botocore writes a query body (Python's `urlencode`, which
/// quotes with `quote_plus`): letters, digits and `-._~` stay, a space becomes `+`, every other UTF-8 byte
/// becomes `%XX` in upper-case hex.
enum FormEncoding {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Appends `text`, encoded, to `output`.
    static func append(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: " "):
                output.append(UInt8(ascii: "+"))
            default:
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
    }
}
