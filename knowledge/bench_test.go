package knowledge_test

import (
	"testing"

	"httpstatus-lsp/knowledge"
)

// BenchmarkLoad measures a cold load of the embedded catalog: TOML decoding of
// every data file and building the indexes. Default() pays this once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var n int
	for b.Loop() {
		c, err := knowledge.Load(knowledge.DataFS)
		if err != nil {
			b.Fatal(err)
		}
		n = len(c.All())
	}
	b.ReportMetric(float64(n), "entries")
}

func BenchmarkLookup(b *testing.B) {
	c := knowledge.Default()
	codes := []int{200, 404, 500, 503, 299, 418, 999}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.Lookup(codes[i%len(codes)])
		i++
	}
}

func BenchmarkByConstant(b *testing.B) {
	c := knowledge.Default()
	keys := []struct{ eco, name string }{
		{knowledge.EcoGo, "StatusNotFound"},
		{knowledge.EcoGo, "StatusServiceUnavailable"},
		{knowledge.EcoDRF, "HTTP_404_NOT_FOUND"},
		{knowledge.EcoAspNet, "Status500InternalServerError"},
		{knowledge.EcoRack, "not_found"},
		{knowledge.EcoGo, "StatusNoSuchThing"},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := keys[i%len(keys)]
		c.ByConstant(k.eco, k.name)
		i++
	}
}

func BenchmarkResolve(b *testing.B) {
	c := knowledge.Default()
	words := []string{"404", "http.StatusTeapot", "HTTP_404_NOT_FOUND", ":not_found"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = c.Resolve(words[i%len(words)])
		i++
	}
}
