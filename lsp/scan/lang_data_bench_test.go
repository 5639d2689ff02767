package scan

import (
	"bytes"
	"fmt"
	"testing"
)

// dataBenchInput repeats a realistic chunk of each format, with varying
// numbers, until it is at least 1 MB.
func dataBenchInput(lang Language) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < 1<<20; i++ {
		code := 200 + i%400
		switch lang {
		case YAML:
			fmt.Fprintf(&b, "  /items/%d:\n    get:\n      summary: Item %d # port 8080\n      parameters:\n        - {name: id, in: path, schema: {type: integer, maximum: %d}}\n      responses:\n        '%d':\n          description: |\n            status: 404 in prose\n        %d: {description: other}\n        default:\n          description: error\nmock:\n  status: %d\n  delay_ms: %d\n  codes: [%d, 204]\n",
				i, i, i*7, code, code+1, code, i%1000, code)
		case JSON:
			fmt.Fprintf(&b, "{\"path\": \"/items/%d\", \"responses\": {\"%d\": {\"description\": \"ok \\\"quoted\\\"\"}, \"default\": {}},\n \"status\": %d, \"size\": %d, \"tags\": [\"a\", \"b\", %d], \"nested\": {\"deep\": [[{\"x\": 1}]]}}\n",
				i, code, code, i*13, i)
		case HTTP:
			fmt.Fprintf(&b, "### request %d\nGET http://localhost:8080/items/%d HTTP/1.1\nHost: localhost:8080\nContent-Length: %d\n\nHTTP/1.1 %d Something\nStatus: %d\nDate: Fri, 14 Mar 2025 10:22:01 GMT\n\n{\"status\": %d, \"id\": %d}\n\n10.0.0.1 - - [14/Mar/2025:10:22:01 +0000] \"GET /a HTTP/1.1\" %d %d \"-\" \"curl\"\nlevel=info status=%d bytes=%d\n",
				i, i, i%5000, code, code, code, i, code, i, code, i)
		case Markdown:
			fmt.Fprintf(&b, "## Section %d\n\nThe limit is %d requests and the port 8080.\n\n```yaml\nresponses:\n  '%d':\n    description: ok\n```\n\n```http\nHTTP/1.1 %d OK\nContent-Length: %d\n```\n\n```json\n{\"status\": %d}\n```\n\n```sh\ncurl -w '%%{http_code}' localhost:8080\n```\n\n",
				i, i, code, code, i, code)
		}
	}
	return b.Bytes()
}

func benchData(b *testing.B, lang Language) { benchScan(b, lang, dataBenchInput(lang)) }

func BenchmarkScanYAML(b *testing.B)     { benchData(b, YAML) }
func BenchmarkScanJSON(b *testing.B)     { benchData(b, JSON) }
func BenchmarkScanHTTP(b *testing.B)     { benchData(b, HTTP) }
func BenchmarkScanMarkdown(b *testing.B) { benchData(b, Markdown) }
