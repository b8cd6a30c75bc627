import Crypto
import Foundation

/// S3's customer-provided encryption keys (SSE-C), as botocore sends them: a request with a key header and without
/// its MD5 header gets the key base64-encoded and the MD5 header set to the base64 of the key's MD5.
///
/// botocore takes the key as its raw bytes; a key that is already the base64 of 32 bytes (an AES-256 key, as the
/// other SDKs take it) is kept as it is and its decoded bytes hashed, so either form works. A caller who sets the
/// MD5 sends both headers untouched, as with botocore.
enum S3CustomerKey {
    /// The key header and its MD5 header: the object's key, and `CopyObject`'s and `UploadPartCopy`'s source key.
    static let headerPairs = [
        ("x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key-MD5"),
        ("x-amz-copy-source-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key-MD5"),
    ]

    /// Encodes the keys in `headers` and adds their MD5s.
    static func apply(to headers: inout AWSHTTPHeaders) {
        for (keyHeader, md5Header) in headerPairs {
            guard let key = headers[keyHeader], headers[md5Header] == nil else { continue }
            let bytes: [UInt8]
            if let decoded = Data(base64Encoded: key), decoded.count == 32 {
                bytes = Array(decoded)
            } else {
                bytes = Array(key.utf8)
                headers.set(keyHeader, Data(bytes).base64EncodedString())
            }
            headers.set(md5Header, Data(Insecure.MD5.hash(data: bytes)).base64EncodedString())
        }
    }
}
