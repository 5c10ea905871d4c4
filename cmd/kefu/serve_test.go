package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// server is "kefu serve" running in process.
type server struct {
	url   string
	lines <-chan string // stdout after the first line
	stop  func() (code int, stderr string)
}

// startServe runs "kefu serve" with env and args and waits for its
// "kefu listening on" line.
func startServe(t *testing.T, env map[string]string, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdoutR, stdoutW := io.Pipe()
	var (
		mu     sync.Mutex
		stderr bytes.Buffer
	)
	done := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"serve"}, args...), strings.NewReader(""), stdoutW, lockedWriter{&mu, &stderr}, func(k string) string { return env[k] })
		stdoutW.Close()
		done <- code
	}()
	lines := make(chan string, 8)
	go func() {
		sc := bufio.NewScanner(stdoutR)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var (
		once sync.Once
		code int
	)
	s := &server{stop: func() (int, string) {
		once.Do(func() {
			cancel()
			select {
			case code = <-done:
			case <-time.After(30 * time.Second):
				t.Error("serve did not stop within 30s of cancel")
				code = -1
			}
		})
		mu.Lock()
		defer mu.Unlock()
		return code, stderr.String()
	}}
	select {
	case line, ok := <-lines:
		url, found := strings.CutPrefix(line, "kefu listening on ")
		if !ok || !found {
			code, errOut := s.stop()
			t.Fatalf("serve printed %q (exit %d, stderr %s), want kefu listening on <url>", line, code, errOut)
		}
		s.url, s.lines = url, lines
	case <-time.After(60 * time.Second):
		s.stop()
		t.Fatal("serve did not print its URL within 60s")
	}
	t.Cleanup(func() { s.stop() })
	return s
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func httpGet(t *testing.T, url, token string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// mustCLI runs a kefu command that must succeed.
func mustCLI(t *testing.T, env map[string]string, stdin string, args ...string) string {
	t.Helper()
	code, stdout, stderr := kefuCLI(t, env, stdin, args...)
	if code != 0 {
		t.Fatalf("kefu %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

func TestCLIAdministersDataWhileServerRuns(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		testCLIWhileServing(t, map[string]string{"KEFU_DATA": t.TempDir(), "KEFU_LOG_LEVEL": "warn"})
	})
	t.Run("postgres", func(t *testing.T) {
		testCLIWhileServing(t, map[string]string{
			"KEFU_DATA":       t.TempDir(),
			"KEFU_DB":         postgresDSN(t),
			"KEFU_SECRET_KEY": strings.Repeat("5a", 32),
			"KEFU_LOG_LEVEL":  "warn",
		})
	})
}

func testCLIWhileServing(t *testing.T, env map[string]string) {
	srv := startServe(t, env, "--addr", "127.0.0.1:0")
	if !strings.HasPrefix(srv.url, "http://127.0.0.1:") {
		t.Fatalf("url = %q", srv.url)
	}

	mustCLI(t, env, "", "store", "add", "--platform", "amazon", "--slug", "amazon-us", "--name", "Amazon US", "--site", "US",
		"--timezone", "America/Los_Angeles", "--webhook-secret", "whsec_first_value", "--secret", "api_key=sk_live_value")
	mustCLI(t, env, "correct horse battery\n", "user", "add", "--email", "lin@example.com", "--role", "agent",
		"--name", "Lin", "--stores", "amazon-us", "--password-stdin", "--locale", "zh-CN", "--timezone", "Asia/Shanghai")
	mustCLI(t, env, "", "user", "passwd", "--email", "lin@example.com", "--password", "another long password")

	out := mustCLI(t, env, "", "token", "create", "--user", "lin@example.com", "--scopes", "tickets:read", "--name", "e2e")
	if strings.Count(out, "\n") != 1 || strings.TrimSpace(out) == "" || strings.ContainsAny(strings.TrimSpace(out), " \t") {
		t.Fatalf("token create printed %q, want the token alone on one line", out)
	}
	token := strings.TrimSpace(out)

	if code := httpGet(t, srv.url+"/api/v1/tickets", token); code != http.StatusOK {
		t.Errorf("GET /api/v1/tickets with token = %d, want 200", code)
	}
	if code := httpGet(t, srv.url+"/api/v1/tickets", ""); code != http.StatusUnauthorized {
		t.Errorf("GET /api/v1/tickets without token = %d, want 401", code)
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		if code := httpGet(t, srv.url+path, ""); code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", path, code)
		}
	}

	users := mustCLI(t, env, "", "user", "list")
	if !strings.Contains(users, "lin@example.com") || !strings.Contains(users, "amazon-us") {
		t.Errorf("user list lacks the user or its store:\n%s", users)
	}
	tokens := mustCLI(t, env, "", "token", "list", "--user", "lin@example.com")
	if !strings.Contains(tokens, "e2e") || strings.Contains(tokens, token) {
		t.Errorf("token list must name the token and never show it:\n%s", tokens)
	}

	id := tokenID(t, tokens, "e2e")
	if out := mustCLI(t, env, "", "token", "revoke", "--id", id); !strings.Contains(out, "revoked") {
		t.Errorf("token revoke printed %q", out)
	}
	if code := httpGet(t, srv.url+"/api/v1/tickets", token); code != http.StatusUnauthorized {
		t.Errorf("GET /api/v1/tickets with a revoked token = %d, want 401", code)
	}
	if out := mustCLI(t, env, "", "migrate"); !strings.HasPrefix(out, "schema version ") {
		t.Errorf("migrate printed %q", out)
	}

	if code, stderr := srv.stop(); code != 0 {
		t.Fatalf("serve exit code = %d, want 0 after cancel; stderr:\n%s", code, stderr)
	}
}

func TestServeWithDemoPrintsDemoLogin(t *testing.T) {
	srv := startServe(t, map[string]string{"KEFU_DATA": t.TempDir(), "KEFU_DEMO": "1", "KEFU_LOG_LEVEL": "warn"}, "--addr", "127.0.0.1:0")
	select {
	case line := <-srv.lines:
		if !strings.HasPrefix(line, "demo login: ") || !strings.Contains(line, "@") || !strings.Contains(line, " / ") {
			t.Errorf("second line = %q, want demo login: <email> / <password>", line)
		}
	case <-time.After(10 * time.Second):
		t.Error("no demo login line")
	}
	if code, stderr := srv.stop(); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

func tokenID(t *testing.T, list, name string) string {
	t.Helper()
	for _, line := range strings.Split(list, "\n") {
		f := strings.Fields(line)
		if len(f) > 2 && f[2] == name {
			return f[0]
		}
	}
	t.Fatalf("no token %q in:\n%s", name, list)
	return ""
}

func TestStoreCommandsNeverPrintSecretValues(t *testing.T) {
	env := map[string]string{"KEFU_DATA": t.TempDir()}
	values := []string{"whsec_first_value", "sk_live_value", "whsec_second_value", "whsec_third_value", "tok_new_value"}
	var all strings.Builder
	check := func(args ...string) string {
		code, stdout, stderr := kefuCLI(t, env, "", args...)
		if code != 0 {
			t.Fatalf("kefu %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
		all.WriteString(stdout + stderr)
		return stdout
	}
	check("store", "add", "--platform", "stripe", "--slug", "stripe-main", "--name", "Stripe",
		"--webhook-secret", values[0], "--secret", "api_key="+values[1])
	list := check("store", "list")
	for _, name := range []string{"stripe-main", "webhook_secret", "api_key"} {
		if !strings.Contains(list, name) {
			t.Errorf("store list lacks %s:\n%s", name, list)
		}
	}
	check("store", "update", "--slug", "stripe-main", "--name", "Stripe EU", "--webhook-secret", values[2], "--webhook-secret", values[3],
		"--remove-secret", "api_key", "--secret", "access_token="+values[4])
	list = check("store", "list")
	for _, want := range []string{"Stripe EU", "access_token,webhook_secret,webhook_secret_2"} {
		if !strings.Contains(list, want) {
			t.Errorf("store list after update lacks %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, "api_key") {
		t.Errorf("removed secret still listed:\n%s", list)
	}
	// A bad update names the secret, never its value.
	code, stdout, stderr := kefuCLI(t, env, "", "store", "update", "--slug", "stripe-main", "--remove-secret", "nope")
	if code != 2 {
		t.Errorf("removing a missing secret: exit %d, want 2", code)
	}
	all.WriteString(stdout + stderr)
	for _, v := range values {
		if strings.Contains(all.String(), v) {
			t.Errorf("a secret value was printed: %s", v)
		}
	}
}

// TestBinaryExitsZeroOnSIGTERM builds kefu and stops "kefu serve" the way
// a service manager or container runtime does.
func TestBinaryExitsZeroOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kefu")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data", filepath.Join(dir, "data"), "--shutdown-timeout", "5s")
	cmd.Env = append(os.Environ(), "KEFU_LOG_LEVEL=warn")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "kefu listening on ")
	if err != nil || !ok {
		t.Fatalf("first line %q, %v; stderr:\n%s", line, err, stderr.String())
	}
	if code := httpGet(t, url+"/healthz", ""); code != http.StatusOK {
		t.Errorf("GET /healthz = %d", code)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("kefu serve after SIGTERM: %v (exit %d); stderr:\n%s", err, cmd.ProcessState.ExitCode(), stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("kefu serve still running 15s after SIGTERM; stderr:\n%s", stderr.String())
	}
}
