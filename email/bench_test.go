package email

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseAndThread runs the ingest path (Parse, then the lookups
// the pipeline does per mail) over every fixture in turn; one op is one
// mail. Target: ≥ 1,000 mails/s, i.e. ≤ 1 ms/op.
func BenchmarkParseAndThread(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.eml")
	var mails [][]byte
	total := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		mails = append(mails, raw)
		total += len(raw)
	}
	b.SetBytes(int64(total / len(mails)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, err := Parse(mails[i%len(mails)], Options{})
		if err != nil {
			b.Fatal(err)
		}
		Thread(m)
		Platform(m)
		Notice(m)
	}
}
