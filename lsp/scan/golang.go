package scan

// scanGo recognizes Go: placeholder until the Go recognizer lands.
func scanGo(src []byte) []Occurrence { return nil }
