import AWSRuntime
import AWSXML

/// Puts the entries of every map in a request body in key order, following the suite's shapes, so that two
/// bodies that differ only in the order of map entries compare equal.
///
/// A case's `params` list a map's entries in the order its JSON gives them, and botocore writes them in that
/// order; a Swift `Dictionary` has none, so the serializers write entries sorted by key. A map's entries are
/// a set on the wire, but list elements are not: only what the shapes say is a map is reordered, so a list
/// written out of order still fails.
struct MapEntryOrder {
    let shapes: [String: JSONValue]
    /// The shape of the body's root: the input, or its structure payload member's target.
    let root: String

    /// The ordering for a request to the input shape `input`.
    init(shapes: [String: JSONValue], input: String) {
        self.shapes = shapes
        let payload = shapes[input]?["payload"]?.stringValue.flatMap { shapes[input]?["members"]?[$0]?["shape"]?.stringValue }
        root = payload ?? input
    }

    // MARK: XML

    /// `element`, the root of an XML body, with the entries of each map sorted by the text of their key.
    func xml(_ element: AWSXMLElement) -> AWSXMLElement {
        xml(element, shape: root)
    }

    private func xml(_ element: AWSXMLElement, shape name: String) -> AWSXMLElement {
        guard let shape = shapes[name] else { return element }
        var copy = element
        switch shape["type"]?.stringValue {
        case "structure", "union":
            var flattenedMaps: [(name: String, map: JSONValue)] = []
            copy.children = element.children.map { child in
                guard let (reference, target) = member(named: child.name, of: shape) else { return child }
                let flattened = reference["flattened"]?.boolValue == true || shapes[target]?["flattened"]?.boolValue == true
                guard flattened, let collection = shapes[target] else { return xml(child, shape: target) }
                if collection["type"]?.stringValue == "map" {
                    flattenedMaps.append((child.name, collection))
                    return entry(child, of: collection)
                }
                return xml(child, shape: collection["member"]?["shape"]?.stringValue ?? "")
            }
            // A flattened map's entries are the structure's children named for it, wherever they stand.
            for (mapName, map) in flattenedMaps {
                let positions = copy.children.indices.filter { copy.children[$0].name == mapName }
                let sorted = sortedEntries(positions.map { copy.children[$0] }, of: map)
                for (position, entry) in zip(positions, sorted) { copy.children[position] = entry }
            }
        case "list":
            let member = shape["member"]?["shape"]?.stringValue ?? ""
            copy.children = element.children.map { xml($0, shape: member) }
        case "map":
            copy.children = sortedEntries(element.children.map { entry($0, of: shape) }, of: shape)
        default:
            break
        }
        return copy
    }

    /// The map entry `entry` with its value's own maps sorted.
    private func entry(_ entry: AWSXMLElement, of map: JSONValue) -> AWSXMLElement {
        let valueName = map["value"]?["locationName"]?.stringValue ?? "value"
        let valueShape = map["value"]?["shape"]?.stringValue ?? ""
        var copy = entry
        copy.children = entry.children.map { $0.name == valueName ? xml($0, shape: valueShape) : $0 }
        return copy
    }

    /// `entries` sorted by the text of their key element (stable, so equal keys keep their order).
    private func sortedEntries(_ entries: [AWSXMLElement], of map: JSONValue) -> [AWSXMLElement] {
        let keyName = map["key"]?["locationName"]?.stringValue ?? "key"
        return entries.enumerated().sorted { a, b in
            let (x, y) = (a.element[keyName]?.text ?? "", b.element[keyName]?.text ?? "")
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
    }

    // MARK: Forms

    /// The fields (`name=value`, still encoded) of a query or ec2 body with the entries of each map renumbered
    /// in the order of their keys: `Map.entry.N.key` (or, flattened, `Map.N.key`) and the fields under the
    /// same `N`.
    func form(_ fields: [Substring]) -> [String] {
        let parsed = fields.map { field -> (path: [Substring], value: Substring) in
            let name = field.prefix { $0 != "=" }
            return (name.split(separator: ".", omittingEmptySubsequences: false), field.dropFirst(name.count))
        }
        // Each map's entries, by the path up to their index: the index's key and where the indices stand.
        var keys: [String: [Substring: Substring]] = [:]
        var indexPositions: [[(prefix: String, position: Int)]] = []
        for (path, value) in parsed {
            let indices = entryIndices(path, from: 0, shape: root)
            indexPositions.append(indices.map { (path[..<$0.position].joined(separator: "."), $0.position) })
            for index in indices where path.count == index.position + 2 && path[index.position + 1] == index.keyName {
                keys[path[..<index.position].joined(separator: "."), default: [:]][path[index.position]] = value
            }
        }
        let ranks = keys.mapValues { entries in
            let order = entries.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }
            return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element.key, Substring(String($0.offset + 1))) })
        }
        return zip(parsed, indexPositions).map { field, indices in
            var path = field.path
            for (prefix, position) in indices { path[position] = ranks[prefix]?[path[position]] ?? path[position] }
            return path.joined(separator: ".") + field.value
        }
    }

    /// Where the map entry indices stand in the field name `path` from `start`, whose segment there belongs to
    /// shape `name`, with the name of the key of each map.
    private func entryIndices(_ path: [Substring], from start: Int, shape name: String) -> [(position: Int, keyName: String)] {
        guard start < path.count, let shape = shapes[name] else { return [] }
        switch shape["type"]?.stringValue {
        case "structure", "union":
            guard let (reference, target) = member(named: String(path[start]), of: shape) else { return [] }
            let flattened = reference["flattened"]?.boolValue == true || shapes[target]?["flattened"]?.boolValue == true
            return collection(path, from: start + 1, shape: target, flattened: flattened)
        default:
            return []
        }
    }

    /// The entry indices in `path` from `start`, the segment after a member whose target is `name`.
    private func collection(_ path: [Substring], from start: Int, shape name: String, flattened: Bool) -> [(position: Int, keyName: String)] {
        guard start < path.count, let shape = shapes[name] else { return [] }
        switch shape["type"]?.stringValue {
        case "list":
            // `Name.member.N` or, flattened (and in ec2), `Name.N`.
            let index = Int(path[start]) != nil ? start : start + 1
            let member = shape["member"]?["shape"]?.stringValue ?? ""
            return collection(path, from: index + 1, shape: member, flattened: false)
        case "map":
            let index = flattened ? start : start + 1
            guard index + 1 < path.count else { return [] }
            let keyName = shape["key"]?["locationName"]?.stringValue ?? "key"
            let valueName = shape["value"]?["locationName"]?.stringValue ?? "value"
            guard Int(path[index]) != nil else { return [] }
            let inValue = path[index + 1] == valueName
                ? collection(path, from: index + 2, shape: shape["value"]?["shape"]?.stringValue ?? "", flattened: false) : []
            return [(index, keyName)] + inValue
        default:
            return entryIndices(path, from: start, shape: name)
        }
    }

    /// The member of the structure `shape` whose element or field is `name` (its `locationName` or name, else
    /// ec2's `queryName` or that name capitalized), with its target.
    private func member(named name: String, of shape: JSONValue) -> (reference: JSONValue, target: String)? {
        let members = shape["members"]?.objectValue ?? [:]
        func wireName(_ member: (key: String, value: JSONValue)) -> String {
            member.value["locationName"]?.stringValue ?? member.key
        }
        let found = members.first { wireName($0) == name } ?? members.first { member in
            let ec2Name = wireName(member).prefix(1).uppercased() + wireName(member).dropFirst()
            return member.value["queryName"]?.stringValue == name || ec2Name == name
        }
        return found.flatMap { member in member.value["shape"]?.stringValue.map { (member.value, $0) } }
    }
}
