package blob_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"kefu"
	"kefu/blob"
)

func mustOpen(t *testing.T) *blob.Store {
	t.Helper()
	s, err := blob.Open(filepath.Join(t.TempDir(), "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// entries lists every file under the store, relative to its directory.
func entries(t *testing.T, s *blob.Store) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(s.Dir(), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(s.Dir(), path)
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPutStoresContentUnderItsSHA256AndOpenReadsItBack(t *testing.T) {
	s := mustOpen(t)
	content := []byte("%PDF-1.7 invoice for order 123-4567890-1234567")
	sha, size, err := s.Put(bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if sha != sum(content) || size != int64(len(content)) {
		t.Fatalf("Put = %s, %d; want %s, %d", sha, size, sum(content), len(content))
	}
	if got := entries(t, s); len(got) != 1 || got[0] != filepath.Join(sha[:2], sha) {
		t.Fatalf("files = %v, want one at %s/%s", got, sha[:2], sha)
	}
	f, err := s.Open(sha)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, content) {
		t.Fatalf("read back %q", got)
	}
}

func TestPutIsIdempotentForTheSameContent(t *testing.T) {
	s := mustOpen(t)
	for range 3 {
		if _, _, err := s.Put(strings.NewReader("same bytes"), 100); err != nil {
			t.Fatal(err)
		}
	}
	if got := entries(t, s); len(got) != 1 {
		t.Fatalf("files = %v, want exactly one", got)
	}
}

func TestPutConcurrentSameContentLeavesOneFile(t *testing.T) {
	s := mustOpen(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := s.Put(strings.NewReader(strings.Repeat("x", 10000)), 1<<20)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := entries(t, s); len(got) != 1 {
		t.Fatalf("files = %v, want exactly one", got)
	}
}

func TestPutAcceptsExactlyMaxBytesAndEmptyContent(t *testing.T) {
	s := mustOpen(t)
	if _, size, err := s.Put(strings.NewReader("12345"), 5); err != nil || size != 5 {
		t.Fatalf("Put at the limit = %d, %v", size, err)
	}
	sha, size, err := s.Put(strings.NewReader(""), 5)
	if err != nil || size != 0 || sha != sum(nil) {
		t.Fatalf("Put empty = %s, %d, %v", sha, size, err)
	}
}

func TestPutOverLimitIsTooLargeAndLeavesNothing(t *testing.T) {
	s := mustOpen(t)
	_, _, err := s.Put(strings.NewReader("123456"), 5)
	if kefu.ErrorCode(err) != kefu.ETOOLARGE {
		t.Fatalf("err = %v, want code %s", err, kefu.ETOOLARGE)
	}
	if got := entries(t, s); len(got) != 0 {
		t.Fatalf("files left behind: %v", got)
	}
}

func TestPutReadErrorLeavesNothing(t *testing.T) {
	s := mustOpen(t)
	r := io.MultiReader(strings.NewReader("partial"), iotest.ErrReader(io.ErrClosedPipe))
	if _, _, err := s.Put(r, 100); err == nil {
		t.Fatal("Put succeeded on a failing reader")
	}
	if got := entries(t, s); len(got) != 0 {
		t.Fatalf("files left behind: %v", got)
	}
}

func TestOpenRefusesNamesThatAreNotSHA256(t *testing.T) {
	s := mustOpen(t)
	// A file outside the layout that a path trick might reach.
	if err := os.WriteFile(filepath.Join(s.Dir(), "secret"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	valid := sum([]byte("x"))
	for _, name := range []string{
		"",
		"../secret",
		"secret",
		"../../etc/passwd",
		strings.ToUpper(valid),
		valid[:63],
		valid + "0",
		valid[:62] + "/.",
		"/" + valid[1:],
		valid[:60] + "\x00abc",
		strings.Repeat("g", 64),
	} {
		f, err := s.Open(name)
		if f != nil {
			f.Close()
		}
		if kefu.ErrorCode(err) != kefu.EINVALID {
			t.Errorf("Open(%q) err = %v, want code %s", name, err, kefu.EINVALID)
		}
	}
}

func TestOpenMissingIsNotFound(t *testing.T) {
	s := mustOpen(t)
	_, err := s.Open(sum([]byte("never stored")))
	if kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Fatalf("err = %v, want code %s", err, kefu.ENOTFOUND)
	}
}

func TestOpenCreatesTheDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	if _, err := blob.Open(dir); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("dir not created: %v", err)
	}
	if _, err := blob.Open(""); err == nil {
		t.Fatal("Open(\"\") succeeded")
	}
}

// FuzzOpen: no name reaches the file system unless it is a SHA-256, and
// nothing panics.
func FuzzOpen(f *testing.F) {
	s, err := blob.Open(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	stored, _, err := s.Put(strings.NewReader("x"), 10)
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{stored, "../x", "", strings.ToUpper(stored), stored[:2] + "/" + stored} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		file, err := s.Open(name)
		if file != nil {
			file.Close()
		}
		switch {
		case name == stored:
			if err != nil {
				t.Fatalf("Open(stored) = %v", err)
			}
		case !blob.ValidSHA256(name):
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("Open(%q) = %v, want invalid", name, err)
			}
		default:
			if kefu.ErrorCode(err) != kefu.ENOTFOUND {
				t.Fatalf("Open(%q) = %v, want not found", name, err)
			}
		}
	})
}
