package scan

import (
	"bytes"
	"fmt"
	"testing"
)

// codeBenchChunks are realistic pieces of each language; %d is replaced by
// varying numbers (codes, sizes, ids) so the input is not one repeated line.
var codeBenchChunks = map[Language]string{
	JavaScript: "app.get('/items/%[1]d', async (req, res, next) => {\n  // look the item up, 404 if missing\n  const item = await db.find(%[1]d, { timeout: %[2]d });\n  if (!item) return res.status(%[3]d).json({ error: `no item ${req.params.id}` });\n  if (res.statusCode === %[3]d || item.size > %[2]d) next(createError(%[3]d, 'x'));\n  setTimeout(() => cache.delete('k%[1]d'), %[2]d);\n  const re = /[0-9]+/g; const s = \"quoted \\\"%[1]d\\\"\";\n  expect(res.status).toBe(%[3]d);\n});\n",
	Python:     "@app.route('/items/%[1]d')\ndef item_%[1]d(item_id):\n    \"\"\"Docstring mentioning 404 and %[2]d.\"\"\"\n    time.sleep(%[2]d)\n    if r.status_code == %[3]d:\n        abort(%[3]d)\n    data = {'id': %[1]d, 'size': %[2]d}  # comment %[1]d\n    return jsonify(data), %[3]d\n\n",
	Java:       "@GetMapping(\"/items/{id}\")\npublic ResponseEntity<Item> get%[1]d(@PathVariable long id) {\n    // 404 when missing\n    Thread.sleep(%[2]d);\n    if (repo.count() > %[2]d) return ResponseEntity.status(%[3]d).build();\n    response.setStatus(HttpServletResponse.SC_NOT_FOUND);\n    String s = \"\"\"\n        text %[1]d\n        \"\"\";\n    return new ResponseEntity<>(item, HttpStatus.NOT_FOUND);\n}\n",
	Kotlin:     "get(\"/items/%[1]d\") {\n    /* nested /* %[1]d */ comment */\n    delay(%[2]d)\n    val s = \"item ${call.parameters[\"id\"]} %[1]d\"\n    when (response.status.value) { %[3]d -> call.respond(HttpStatusCode.NotFound); in 500..599 -> retry() }\n    call.respond(HttpStatusCode.fromValue(%[3]d), mapOf(\"n\" to %[2]d))\n}\n",
	CSharp:     "[ProducesResponseType(%[3]d)]\npublic IActionResult Get%[1]d(int id)\n{\n    // 404 if missing\n    await Task.Delay(%[2]d);\n    var s = $\"item {id} {{%[1]d}}\"; var v = @\"C:\\path\\%[1]d\";\n    if ((int)response.StatusCode == %[3]d) return StatusCode(%[3]d);\n    return Problem(statusCode: StatusCodes.Status404NotFound);\n}\n",
	Rust:       "async fn item_%[1]d(Path(id): Path<u64>) -> Result<Json<Item>, StatusCode> {\n    // 404 when missing\n    tokio::time::sleep(Duration::from_millis(%[2]d)).await;\n    let s = r#\"raw \"%[1]d\"\"#; let c = 'x'; let l: &'static str = \"%[2]d\";\n    if resp.status().as_u16() == %[3]d { return Err(StatusCode::NOT_FOUND); }\n    Ok(StatusCode::from_u16(%[3]d).unwrap())\n}\n",
	Ruby:       "get '/items/%[1]d' do\n  # 404 when missing\n  sleep %[2]d\n  names = %%w[a b %[1]d]\n  text = <<~EOS\n    heredoc %[1]d\n  EOS\n  halt %[3]d if item.nil?\n  render json: { id: %[1]d }, status: :not_found\n  expect(response.status).to eq(%[3]d)\nend\n",
	PHP:        "<?php\n// 404 when missing\npublic function show%[1]d(Request $request) {\n    usleep(%[2]d);\n    $s = <<<EOT\n    heredoc %[1]d\n    EOT;\n    if ($response->getStatusCode() === %[3]d) { abort(%[3]d); }\n    return response()->json(['id' => %[1]d], Response::HTTP_NOT_FOUND);\n}\n",
}

func codeBenchInput(lang Language) []byte {
	var b bytes.Buffer
	chunk := codeBenchChunks[lang]
	if lang == TypeScript {
		chunk = codeBenchChunks[JavaScript]
	}
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, chunk, i, 100+i%5000, 200+i%400)
	}
	return b.Bytes()
}

func benchCode(b *testing.B, lang Language) { benchScan(b, lang, codeBenchInput(lang)) }

// benchScan measures Scan on src, which must contain occurrences.
func benchScan(b *testing.B, lang Language, src []byte) {
	if n := len(Scan(src, lang)); n == 0 {
		b.Fatalf("%s: the benchmark input gives no occurrences", lang)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(src, lang)
	}
}

func BenchmarkScanJavaScript(b *testing.B) { benchCode(b, JavaScript) }
func BenchmarkScanTypeScript(b *testing.B) { benchCode(b, TypeScript) }
func BenchmarkScanPython(b *testing.B)     { benchCode(b, Python) }
func BenchmarkScanJava(b *testing.B)       { benchCode(b, Java) }
func BenchmarkScanKotlin(b *testing.B)     { benchCode(b, Kotlin) }
func BenchmarkScanCSharp(b *testing.B)     { benchCode(b, CSharp) }
func BenchmarkScanRust(b *testing.B)       { benchCode(b, Rust) }
func BenchmarkScanRuby(b *testing.B)       { benchCode(b, Ruby) }
func BenchmarkScanPHP(b *testing.B)        { benchCode(b, PHP) }

// benchLex measures the shared lexer alone (no context engine), reusing
// token storage as scanSpec does.
func benchLex(b *testing.B, lang Language, cfg *lexConfig) {
	src := codeBenchInput(lang)
	buf := lexInto(nil, src, cfg)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = lexInto(buf[:0], src, cfg)
	}
}

func BenchmarkLexJavaScript(b *testing.B) { benchLex(b, JavaScript, &jsLex) }
func BenchmarkLexPython(b *testing.B)     { benchLex(b, Python, &pyLex) }
func BenchmarkLexJava(b *testing.B)       { benchLex(b, Java, &javaLex) }
func BenchmarkLexKotlin(b *testing.B)     { benchLex(b, Kotlin, &kotlinLex) }
func BenchmarkLexCSharp(b *testing.B)     { benchLex(b, CSharp, &csLex) }
func BenchmarkLexRust(b *testing.B)       { benchLex(b, Rust, &rustLex) }
func BenchmarkLexRuby(b *testing.B)       { benchLex(b, Ruby, &rubyLex) }
func BenchmarkLexPHP(b *testing.B)        { benchLex(b, PHP, &phpLex) }
