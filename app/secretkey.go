package app

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// SecretKeyFile is the key's file name inside the data directory.
const SecretKeyFile = "secret.key"

// LoadSecretKey returns the 32-byte key that seals store secrets. env is
// the value of KEFU_SECRET_KEY: when set, it is the key, as standard
// base64 or hex. Otherwise the key is read from <dataDir>/secret.key,
// which is created (mode 0600, 32 random bytes) on first use.
//
// Losing the key makes stored marketplace and payment credentials
// unreadable: back it up with the database. With PostgreSQL and several
// replicas, every replica must use the same key, so set KEFU_SECRET_KEY
// to the same value everywhere instead of relying on per-host files.
func LoadSecretKey(dataDir, env string) ([]byte, error) {
	if env = strings.TrimSpace(env); env != "" {
		if key, ok := decodeKey(env); ok {
			return key, nil
		}
		// The value is a secret: never echo it.
		return nil, &ConfigError{Setting: "KEFU_SECRET_KEY", Want: "32 bytes as base64 or hex"}
	}
	path := filepath.Join(dataDir, SecretKeyFile)
	key, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		key, err = createSecretKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("secret key: %w", err)
	}
	if len(key) != 32 {
		return nil, &ConfigError{Setting: path, Want: fmt.Sprintf("exactly 32 bytes, found %d; restore the original key file or set KEFU_SECRET_KEY", len(key))}
	}
	return key, nil
}

func decodeKey(s string) ([]byte, bool) {
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		return b, true
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		if b, err := enc.DecodeString(s); err == nil && len(b) == 32 {
			return b, true
		}
	}
	return nil, false
}

// createSecretKey writes a new random key without ever exposing a partly
// written file: it writes a temporary file and links it into place, so
// when the server and a CLI command start together on a fresh data
// directory, both end up with the same key.
func createSecretKey(path string) ([]byte, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, err
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".secret.key-*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, err
	}
	if _, err := tmp.Write(key); err != nil {
		tmp.Close()
		return nil, err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, err
	}
	if err := tmp.Close(); err != nil {
		return nil, err
	}
	if err := os.Link(tmp.Name(), path); errors.Is(err, fs.ErrExist) {
		return os.ReadFile(path) // another process won the race; use its key
	} else if err != nil {
		return nil, err
	}
	return key, nil
}
