package app

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadSecretKeyFromEnvAcceptsBase64AndHex(t *testing.T) {
	key := bytes.Repeat([]byte{0xAB}, 32)
	for name, env := range map[string]string{
		"hex":        hex.EncodeToString(key),
		"base64":     base64.StdEncoding.EncodeToString(key),
		"raw base64": base64.RawStdEncoding.EncodeToString(key),
		"whitespace": " " + hex.EncodeToString(key) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			got, err := LoadSecretKey(dir, env)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, key) {
				t.Fatalf("key = %x, want %x", got, key)
			}
			if _, err := os.Stat(filepath.Join(dir, SecretKeyFile)); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a key file was written although KEFU_SECRET_KEY is set: %v", err)
			}
		})
	}
}

func TestLoadSecretKeyRejectsWrongLengthWithoutEchoingIt(t *testing.T) {
	for _, env := range []string{"short", hex.EncodeToString(make([]byte, 16)), base64.StdEncoding.EncodeToString(make([]byte, 31))} {
		_, err := LoadSecretKey(t.TempDir(), env)
		var ce *ConfigError
		if !errors.As(err, &ce) {
			t.Fatalf("%q: err = %v, want *ConfigError", env, err)
		}
		if got, want := err.Error(), "KEFU_SECRET_KEY: want 32 bytes as base64 or hex"; got != want {
			t.Fatalf("%q: err = %q, want %q", env, got, want)
		}
	}
}

func TestLoadSecretKeyCreatesPrivateFileOnceAndReusesIt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	first, err := LoadSecretKey(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 32 {
		t.Fatalf("len = %d", len(first))
	}
	fi, err := os.Stat(filepath.Join(dir, SecretKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Fatalf("mode = %o, want 600", perm)
	}
	second, err := LoadSecretKey(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatal("second load returned a different key")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".secret.key-*"))
	if len(leftovers) > 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestLoadSecretKeyRefusesTruncatedFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, SecretKeyFile), []byte("oops"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadSecretKey(dir, "")
	var ce *ConfigError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *ConfigError", err)
	}
}
