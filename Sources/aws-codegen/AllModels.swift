import AWSCodegenCore
import Foundation

/// `generate --all`: every model of a botocore data directory, generated on all cores, one module folder
/// each. The newest version of a service takes the module name; older versions and services whose
/// `serviceId` repeats get the version or the folder name appended.
struct AllModels {
    let dataDirectory: String
    let output: String
    let check: Bool

    /// One model directory of the data directory.
    struct Model {
        var service: String
        var version: String
        var path: String
    }

    /// What happened to one model.
    enum Outcome {
        case generated(GeneratedModule, changed: [OutputFile])
        case failed(String)
    }

    /// Finds the models: `<service>/<version>/service-2.json[.gz]`, services by name, newest version first.
    func models() throws -> [Model] {
        let manager = FileManager.default
        var models: [Model] = []
        for service in try manager.contentsOfDirectory(atPath: dataDirectory).sorted() {
            let serviceDirectory = "\(dataDirectory)/\(service)"
            guard let versions = try? manager.contentsOfDirectory(atPath: serviceDirectory) else { continue }
            for version in versions.sorted(by: >) {
                let path = "\(serviceDirectory)/\(version)"
                if manager.fileExists(atPath: "\(path)/service-2.json") || manager.fileExists(atPath: "\(path)/service-2.json.gz") {
                    models.append(Model(service: service, version: version, path: path))
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
        let outcomes = Outcomes(count: models.count)
        DispatchQueue.concurrentPerform(iterations: models.count) { index in
            outcomes[index] = generate(models[index], moduleName: nil)
        }
        var owners: [String: String] = [:]
        var failed = 0, warned = 0, written = 0
        for (index, model) in models.enumerated() {
            var outcome = outcomes[index]
            if case .generated(let module, _) = outcome {
                if let owner = owners[module.name] {
                    let suffix = owner == model.service ? model.version : model.service
                    let unique = module.name + "_" + suffix.filter { $0.isLetter || $0.isNumber }
                    owners[unique] = model.service
                    outcome = generate(model, moduleName: unique)
                } else {
                    owners[module.name] = model.service
                }
            }
            switch outcome {
            case .generated(let module, let changed):
                if !module.warnings.isEmpty { warned += 1 }
                for warning in module.warnings { Console.error("\(model.path)/service-2.json: warning: \(warning)") }
                if check {
                    for file in changed { print("\(output)/\(module.name)/\(file.name) would change") }
                } else {
                    try OutputDirectory(path: "\(output)/\(module.name)").write(changed)
                }
                written += changed.count
            case .failed(let message):
                failed += 1
                Console.error(message)
            }
        }
        let elapsed = ContinuousClock.now - start
        print("aws-codegen: \(models.count) models, \(models.count - failed) generated (\(warned) with warnings), "
            + "\(failed) failed, \(written) files \(check ? "would change" : "written") in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))")
        return failed > 0 || (check && written > 0)
    }

    /// The outcomes of the models, filled in from several threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Outcome?]

        init(count: Int) {
            items = Array(repeating: nil, count: count)
        }

        subscript(index: Int) -> Outcome {
            get { lock.withLock { items[index]! } }
            set { lock.withLock { items[index] = newValue } }
        }
    }

    private func generate(_ model: Model, moduleName: String?) -> Outcome {
        do {
            let input = try ModelDirectory.read(model.path, config: nil)
            let module = try Generator.generateModule(input, moduleName: moduleName)
            let changed = try OutputDirectory(path: "\(output)/\(module.name)").changes(module.files)
            return .generated(module, changed: changed)
        } catch let error as GeneratorError {
            return .failed(error.description)
        } catch {
            return .failed("\(model.path): error: \(error)")
        }
    }
}
