// A stage needs the model types and wire payloads in its signature: `import StageKit` brings them,
// so a stage in another package depends on one product.
@_exported import GaitModel
@_exported import GaitWire
