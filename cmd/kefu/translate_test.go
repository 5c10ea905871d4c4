package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// A provider named without its key stops serve at once: exit 2, one line
// naming the variable to set, and never a key's value.
func TestServeRefusesATranslationProviderWithoutItsKey(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		says string
	}{
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "deepl"}, "KEFU_DEEPL_KEY"},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "google", "KEFU_DEEPL_KEY": "unused"}, "KEFU_GOOGLE_TRANSLATE_KEY"},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "tencent", "KEFU_TENCENT_SECRET_KEY": "s3cret"}, "KEFU_TENCENT_SECRET_ID"},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "tencent", "KEFU_TENCENT_SECRET_ID": "AKID"}, "KEFU_TENCENT_SECRET_KEY"},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "baidu"}, `KEFU_TRANSLATE_PROVIDER) "baidu": want deepl, google or tencent`},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "deepl", "KEFU_DEEPL_KEY": "k", "KEFU_TRANSLATE_URL": "proxy:8080?key=s3cret"}, "KEFU_TRANSLATE_URL"},
		{map[string]string{"KEFU_TRANSLATE_PROVIDER": "tencent", "KEFU_TENCENT_SECRET_ID": "AKID", "KEFU_TENCENT_SECRET_KEY": "s3cret", "KEFU_TENCENT_REGION": "guangzhou"}, "KEFU_TENCENT_REGION"},
	} {
		tc.env["KEFU_DATA"] = t.TempDir()
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), &stdout, &stderr, func(k string) string { return tc.env[k] })
		msg := stderr.String()
		if code != 2 || !strings.Contains(msg, tc.says) || strings.Count(msg, "\n") != 1 || strings.Contains(msg, "s3cret") {
			t.Errorf("env %v: exit %d, stderr %q; want 2 and one line with %q", tc.env, code, msg, tc.says)
		}
	}
}

func TestServeStartsWithTranslation(t *testing.T) {
	s := startServe(t, map[string]string{"KEFU_DATA": t.TempDir(), "KEFU_TRANSLATE_PROVIDER": "deepl", "KEFU_DEEPL_KEY": "k:fx"}, "--addr", "127.0.0.1:0")
	if code, stderr := s.stop(); code != 0 || !strings.Contains(stderr, "machine translation on") {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
}
