import AWSCodegenCore
import Foundation

/// `generate --all`: every model of a botocore data directory, generated on all cores, one module folder
/// each. The newest version of a service takes the module name; older versions and services whose
/// `serviceId` repeats get the version or the folder name appended. A model that nothing changed for since
/// the last run into the same folder is skipped (see `GenerationState`).
struct AllModels {
    let dataDirectory: String
    let output: String
    let check: Bool
    /// Whether to print how many paginators get methods, and fail when one of a module with a client gets none.
    var reportPaginators = false

    /// One model directory of the data directory.
    struct Model {
        var service: String
        var version: String
        var path: String
        /// The size of its service model file, to start the largest models first.
        var size: Int
        /// Whether it is the newest version of its service, the one botocore loads by default.
        var isNewest: Bool
    }

    /// What happened to one model.
    enum Outcome {
        /// Generated: the files that differ from the output folder's, and the files of an earlier layout there
        /// (see `OutputDirectory.superseded`).
        case generated(GeneratedModule, changed: [OutputFile], superseded: [String])
        /// Skipped: nothing the module depends on changed since the last run made it.
        case upToDate(GenerationState.Entry)
        case failed(String)
    }

    /// Finds the models: `<service>/<version>/service-2.json[.gz]`, services by name, newest version first.
    func models() throws -> [Model] {
        let manager = FileManager.default
        var models: [Model] = []
        for service in try manager.contentsOfDirectory(atPath: dataDirectory).sorted() {
            let serviceDirectory = "\(dataDirectory)/\(service)"
            guard let versions = try? manager.contentsOfDirectory(atPath: serviceDirectory) else { continue }
            let newest = models.count
            for version in versions.sorted(by: >) {
                let path = "\(serviceDirectory)/\(version)"
                for file in ["service-2.json", "service-2.json.gz"] {
                    guard let attributes = try? manager.attributesOfItem(atPath: "\(path)/\(file)") else { continue }
                    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                    models.append(Model(service: service, version: version, path: path, size: size, isNewest: models.count == newest))
                    break
                }
            }
        }
        return models
    }

    /// Generates everything; returns whether any model failed.
    func run() throws -> Bool {
        let start = ContinuousClock.now
        let models = try models()
        guard !models.isEmpty else {
            throw GeneratorError(file: dataDirectory, path: "", message: "no <service>/<version>/service-2.json found")
        }
        let outcomes = Slots<Outcome>(count: models.count)
        // An older version of a service most often takes another name than its module name, which
        // `uniqueNames` only knows once every model is read: those are read now and rendered once named.
        let pending = Slots<ReadModel>(count: models.count)
        // The name each model gives its module, before renaming.
        let baseNames = Slots<String>(count: models.count)
        let usesState = !check && !reportPaginators
        let state = usesState ? GenerationState.load(output: output) : GenerationState()
        let generator = GenerationState.currentGenerator()
        let inputs = models.map { GenerationState.inputStamps(of: $0.path) }
        // Largest first, so that no big model is left to run alone at the end.
        let order = models.indices.sorted { models[$0].size > models[$1].size }
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let index = order[position]
            let model = models[index]
            if usesState, let entry = state.upToDateEntry(for: model.path, inputs: inputs[index], output: output, generator: generator) {
                outcomes[index] = .upToDate(entry)
                baseNames[index] = entry.baseName
                return
            }
            if model.isNewest {
                let outcome = generate(model, moduleName: nil)
                if case .generated(let module, _, _) = outcome { baseNames[index] = module.name }
                return outcomes[index] = outcome
            }
            do {
                let read = try read(model)
                pending[index] = read
                baseNames[index] = read.moduleName
            } catch {
                outcomes[index] = .failed(Self.message(error, model))
            }
        }
        let renamed = Dictionary(uniqueKeysWithValues: uniqueNames(models, baseNames))
        // The newest versions that a name taken before them renames (rare), every read older version, and the
        // skipped models whose folder name changes.
        let remaining = order.filter { index in
            if case .upToDate(let entry)? = outcomes[index] { return (renamed[index] ?? entry.baseName) != entry.moduleName }
            return renamed[index] != nil || pending[index] != nil
        }
        DispatchQueue.concurrentPerform(iterations: remaining.count) { position in
            let index = remaining[position]
            if let read = pending[index] {
                outcomes[index] = generate(read, models[index], moduleName: renamed[index])
            } else {
                outcomes[index] = generate(models[index], moduleName: renamed[index])
            }
        }
        if !check { try write(outcomes, count: models.count) }
        if usesState { try saveState(models, inputs: inputs, outcomes: outcomes, baseNames: baseNames, generator: generator) }
        var failed = 0, warned = 0, written = 0, removed = 0, skipped = 0
        var paginators = PaginatorReport()
        for (index, model) in models.enumerated() {
            switch outcomes[index]! {
            case .generated(let module, let changed, let superseded):
                if !module.warnings.isEmpty { warned += 1 }
                for warning in module.warnings { Console.error("\(model.path)/service-2.json: warning: \(warning)") }
                if check {
                    for file in changed { print("\(output)/\(module.name)/\(file.name) would change") }
                    for name in superseded { print("\(output)/\(module.name)/\(name) would be removed") }
                }
                written += changed.count
                removed += superseded.count
                paginators.add(module.paginators, module: module.name, isNewest: model.isNewest)
            case .upToDate(let entry):
                skipped += 1
                if !entry.warnings.isEmpty { warned += 1 }
                for warning in entry.warnings { Console.error("\(model.path)/service-2.json: warning: \(warning)") }
            case .failed(let message):
                failed += 1
                Console.error(message)
            }
        }
        if reportPaginators { paginators.print() }
        let elapsed = ContinuousClock.now - start
        print("aws-codegen: \(models.count) models, \(models.count - failed - skipped) generated, "
            + "\(skipped) unchanged since the last run (\(warned) with warnings), "
            + "\(failed) failed, \(written) files \(check ? "would change" : "written")"
            + (removed > 0 ? ", \(removed) of an earlier layout \(check ? "would be removed" : "removed")" : "")
            + " in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))")
        return failed > 0 || (check && written + removed > 0) || (reportPaginators && paginators.hasClientGaps)
    }

    /// The models whose module name is taken by a model before them, with the name they get instead: the
    /// name with the version (an older version of the same service) or the service folder appended, or both when
    /// that is taken too.
    private func uniqueNames(_ models: [Model], _ baseNames: Slots<String>) -> [(index: Int, name: String)] {
        var owners: [String: String] = [:]
        var renamed: [(index: Int, name: String)] = []
        for (index, model) in models.enumerated() {
            guard let name = baseNames[index] else { continue }
            if let owner = owners[name] {
                func clean(_ text: String) -> String { text.filter { $0.isLetter || $0.isNumber } }
                let suffix = owner == model.service ? model.version : model.service
                var unique = name + "_" + clean(suffix)
                // An older version of a service whose newest took `<name>_<service>` gets both.
                if owners[unique] != nil { unique = name + "_" + clean(model.service) + "_" + clean(model.version) }
                var number = 2
                while owners[unique] != nil {
                    unique = name + "_" + clean(model.service) + "_" + clean(model.version) + "_\(number)"
                    number += 1
                }
                owners[unique] = model.service
                renamed.append((index, unique))
            } else {
                owners[name] = model.service
            }
        }
        return renamed
    }

    /// Writes the changed files of every generated module and removes those of an earlier layout, on all cores;
    /// throws the first error in model order.
    private func write(_ outcomes: Slots<Outcome>, count: Int) throws {
        let errors = Slots<any Error>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            guard case .generated(let module, let changed, let superseded)? = outcomes[index] else { return }
            do {
                let directory = OutputDirectory(path: "\(output)/\(module.name)")
                if !changed.isEmpty { try directory.write(changed) }
                try directory.remove(superseded)
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.first { throw error }
    }

    /// Records what this run made, for the next to skip what stays unchanged; failed models are left out, so
    /// that they run again.
    private func saveState(
        _ models: [Model], inputs: [[GenerationState.Stamp?]], outcomes: Slots<Outcome>, baseNames: Slots<String>,
        generator: GenerationState.Stamp?
    ) throws {
        var state = GenerationState()
        state.generator = generator
        for (index, model) in models.enumerated() {
            switch outcomes[index] {
            case .upToDate(let entry)?:
                state.entries[model.path] = entry
            case .generated(let module, _, _)?:
                var outputs: [String: GenerationState.Stamp] = [:]
                for file in module.files {
                    outputs[file.name] = GenerationState.Stamp(path: "\(output)/\(module.name)/\(file.name)")
                }
                guard outputs.count == module.files.count, let baseName = baseNames[index] else { continue }
                state.entries[model.path] = GenerationState.Entry(
                    baseName: baseName, moduleName: module.name, inputs: inputs[index], outputs: outputs,
                    warnings: module.warnings)
            default:
                continue
            }
        }
        guard !state.entries.isEmpty else { return }
        try state.save(output: output)
    }

    /// One value per model, filled in from several threads.
    final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Value?]

        init(count: Int) {
            items = Array(repeating: nil, count: count)
        }

        subscript(index: Int) -> Value? {
            get { lock.withLock { items[index] } }
            set { lock.withLock { items[index] = newValue } }
        }

        /// The values filled in, in model order.
        var values: [Value] { lock.withLock { items.compactMap { $0 } } }
    }

    /// Reads and validates the files of `model`.
    private func read(_ model: Model) throws -> ReadModel {
        try Generator.read(ModelDirectory.read(model.path, config: nil))
    }

    /// Reads and renders `model`, and compares its files with the output folder's.
    private func generate(_ model: Model, moduleName: String?) -> Outcome {
        do {
            return try outcome(Generator.generateModule(read(model), moduleName: moduleName))
        } catch {
            return .failed(Self.message(error, model))
        }
    }

    /// Renders `read`, the files of `model`, and compares them with the output folder's.
    private func generate(_ read: ReadModel, _ model: Model, moduleName: String?) -> Outcome {
        do {
            return try outcome(Generator.generateModule(read, moduleName: moduleName))
        } catch {
            return .failed(Self.message(error, model))
        }
    }

    private func outcome(_ module: GeneratedModule) throws -> Outcome {
        let directory = OutputDirectory(path: "\(output)/\(module.name)")
        return .generated(module, changed: try directory.changes(module.files),
                          superseded: directory.superseded(module: module.name, by: module.files))
    }

    /// The message of an error that stops `model`.
    private static func message(_ error: any Error, _ model: Model) -> String {
        (error as? GeneratorError)?.description ?? "\(model.path): error: \(error)"
    }
}
