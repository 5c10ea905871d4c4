// Package stripemock runs stripe-mock, Stripe's own API double built from
// its OpenAPI spec, for tests: installed with `go install` through the
// module proxy when missing (as on a fresh CI machine), never a go.mod
// dependency.
package stripemock

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// stripeMockModule is the stripe-mock the tests run: a real Stripe API
// double built from Stripe's OpenAPI spec, with stateless fixtures.
const stripeMockModule = "github.com/stripe/stripe-mock@v0.203.0"

var (
	stripeMockOnce sync.Once
	stripeMockPath string
	stripeMockErr  string
)

// binary finds stripe-mock on PATH or in the Go bin directory,
// and otherwise installs it there with `go install` through the module
// proxy, as CI does. It is not a go.mod dependency: only tests use it.
func binary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("stripe-mock tests skipped in -short mode")
	}
	stripeMockOnce.Do(func() {
		if p, err := exec.LookPath("stripe-mock"); err == nil {
			stripeMockPath = p
			return
		}
		bin := goBinDir()
		if bin == "" {
			stripeMockErr = "cannot find the Go bin directory (go env GOBIN/GOPATH)"
			return
		}
		p := filepath.Join(bin, "stripe-mock")
		if _, err := os.Stat(p); err == nil {
			stripeMockPath = p
			return
		}
		cmd := exec.Command("go", "install", stripeMockModule)
		cmd.Dir = os.TempDir() // outside the module: never touches go.mod
		if out, err := cmd.CombinedOutput(); err != nil {
			stripeMockErr = "go install " + stripeMockModule + ": " + err.Error() + "\n" + string(out)
			return
		}
		stripeMockPath = p
	})
	if stripeMockErr != "" {
		t.Fatal(stripeMockErr)
	}
	return stripeMockPath
}

func goBinDir() string {
	for _, v := range []string{"GOBIN", "GOPATH"} {
		out, err := exec.Command("go", "env", v).Output()
		dir := strings.TrimSpace(string(out))
		if err != nil || dir == "" {
			continue
		}
		if v == "GOPATH" {
			dir = filepath.Join(filepath.SplitList(dir)[0], "bin")
		}
		return dir
	}
	return ""
}

// Start runs stripe-mock on a free port (-http-port 0 serves HTTP only)
// and returns its base URL; the process ends with the test.
func Start(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary(t), append([]string{"-http-port", "0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	// It prints "Listening for HTTP at address: [::]:43949" when ready.
	port := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			if rest, ok := strings.CutPrefix(line, "Listening for HTTP at address: "); ok {
				port <- rest[strings.LastIndexByte(rest, ':')+1:]
			}
		}
		close(port)
	}()
	select {
	case p, ok := <-port:
		if !ok {
			t.Fatal("stripe-mock exited before listening")
		}
		return "http://127.0.0.1:" + p
	case <-time.After(30 * time.Second):
		t.Fatal("stripe-mock did not start listening within 30s")
	}
	return ""
}
