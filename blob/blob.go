// Package blob keeps attachment bytes on disk, stored once per SHA-256 of
// their content: the same invoice PDF sent to ten tickets takes the space
// of one. A blob is written to a temporary file, synced and then renamed
// into place, so a reader never sees half a file and a crash leaves at
// most a stray temporary file behind.
package blob

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"kefu"
)

// tempPrefix marks files still being written; they are never valid blob
// names because those are 64 hex digits.
const tempPrefix = ".upload-"

// Store is a directory of content-addressed blobs laid out as
// dir/ab/abcdef…, the first two hex digits naming a subdirectory so that
// no directory grows to millions of entries.
type Store struct {
	dir string
}

// Open returns the store in dir, creating the directory if needed.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("blob: no directory given")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("blob: %w", err)
	}
	if err := os.MkdirAll(abs, 0o750); err != nil {
		return nil, fmt.Errorf("blob: %w", err)
	}
	return &Store{dir: abs}, nil
}

// Dir is the directory the store lives in.
func (s *Store) Dir() string { return s.dir }

// Put stores the content of r and returns its SHA-256 in lower-case hex
// and its size. Content longer than maxBytes is refused with a
// kefu.ETOOLARGE error and nothing is kept. Storing content that is
// already present succeeds without writing it again.
func (s *Store) Put(r io.Reader, maxBytes int64) (sha string, size int64, err error) {
	if maxBytes < 0 {
		return "", 0, fmt.Errorf("blob: negative size limit %d", maxBytes)
	}
	tmp, err := os.CreateTemp(s.dir, tempPrefix+"*")
	if err != nil {
		return "", 0, fmt.Errorf("blob: %w", err)
	}
	// Until the rename succeeds the temporary file is ours to remove,
	// whatever went wrong.
	defer func() {
		if tmp != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()

	h := sha256.New()
	// Read one byte past the limit to tell "exactly maxBytes" from "more".
	size, err = io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, maxBytes+1))
	if err != nil {
		return "", 0, fmt.Errorf("blob: write: %w", err)
	}
	if size > maxBytes {
		return "", 0, &kefu.Error{Code: kefu.ETOOLARGE, Message: fmt.Sprintf("attachment is larger than %d bytes", maxBytes)}
	}
	sha = hex.EncodeToString(h.Sum(nil))
	// Sync before rename: after a crash the name must never point at
	// content that did not reach the disk.
	if err := tmp.Sync(); err != nil {
		return "", 0, fmt.Errorf("blob: sync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", 0, fmt.Errorf("blob: close: %w", err)
	}

	final := s.path(sha)
	if _, err := os.Stat(final); err == nil {
		return sha, size, nil // already stored; the deferred cleanup drops our copy
	}
	sub := filepath.Dir(final)
	if err := os.MkdirAll(sub, 0o750); err != nil {
		return "", 0, fmt.Errorf("blob: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o440); err != nil {
		return "", 0, fmt.Errorf("blob: %w", err)
	}
	// Two writers of the same content may race here; rename replaces
	// atomically and both wrote identical bytes, so either result is right.
	if err := os.Rename(tmp.Name(), final); err != nil {
		return "", 0, fmt.Errorf("blob: rename: %w", err)
	}
	tmp = nil
	// Sync the directory so the new name itself survives a crash.
	if err := syncDir(sub); err != nil {
		return "", 0, err
	}
	return sha, size, nil
}

// Open returns the blob with the given SHA-256 for reading. A name that
// is not 64 lower-case hex digits is refused before the file system is
// touched, so no path can escape the store.
func (s *Store) Open(sha string) (*os.File, error) {
	if !ValidSHA256(sha) {
		return nil, kefu.Invalid("sha256", "sha256 must be 64 lower-case hex digits")
	}
	f, err := os.Open(s.path(sha))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, kefu.NotFound("attachment")
	} else if err != nil {
		return nil, fmt.Errorf("blob: %w", err)
	}
	return f, nil
}

// ValidSHA256 reports whether sha is 64 lower-case hex digits.
func ValidSHA256(sha string) bool {
	if len(sha) != 64 {
		return false
	}
	for i := 0; i < len(sha); i++ {
		c := sha[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

func (s *Store) path(sha string) string {
	return filepath.Join(s.dir, sha[:2], sha)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("blob: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("blob: sync dir: %w", err)
	}
	return nil
}
