package knowledge

import "io/fs"

// DataFS exposes the embedded data files to the external tests and
// benchmarks, so they can call Load on exactly what the binary ships.
var DataFS fs.FS = dataFS
