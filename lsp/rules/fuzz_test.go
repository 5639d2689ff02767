package rules

import (
	"testing"

	"httpstatus-lsp/lsp/scan"
	"httpstatus-lsp/lsp/settings"
)

// FuzzCheck runs the rules, fix-all and the rewrites on any bytes in each
// language: nothing may panic, every finding lies inside the text, and the
// fix-all edits never overlap.
func FuzzCheck(f *testing.F) {
	f.Add([]byte(goHead+"\tw.WriteHeader(204)\n\tw.Write(nil)\n\thttp.Error(w, \"x\", 200)\n}\n"), uint8(0))
	f.Add([]byte("res.status(299); res.redirect(200, '/'); res.status(StatusCodes.NOT_FOUND)"), uint8(1))
	f.Add([]byte("abort(200)\nreturn Response(status=status.HTTP_200_OK)\n"), uint8(3))
	langs := []scan.Language{scan.Go, scan.JavaScript, scan.TypeScript, scan.Python, scan.YAML, scan.JSON, scan.HTTP, scan.Markdown}
	constant := settings.Defaults()
	constant.Style = "constant"
	number := settings.Defaults()
	number.Style = "number"
	f.Fuzz(func(t *testing.T, src []byte, pick uint8) {
		lang := langs[int(pick)%len(langs)]
		for _, cfg := range []*settings.Settings{nil, &constant, &number} {
			in := Input{Src: src, Lang: lang, Settings: cfg}
			fs := Check(in)
			for _, fd := range fs {
				if fd.Start < 0 || fd.End > len(src) || fd.Start >= fd.End {
					t.Fatalf("finding outside the text: %+v", fd)
				}
			}
			edits, _ := FixAll(in, fs)
			for i := 1; i < len(edits); i++ {
				if edits[i].Start < edits[i-1].End {
					t.Fatalf("overlapping edits %+v", edits)
				}
			}
			_ = Apply(src, edits)
			Rewrites(in)
		}
	})
}
