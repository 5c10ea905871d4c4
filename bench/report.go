package bench

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Report writes the results as Markdown for docs/benchmarks.md: the setup
// (dialect, database size, the process's memory, Go and CPUs) and one
// table row per scenario. dbBytes 0 means the size is unknown, as for
// PostgreSQL.
func Report(w io.Writer, dialect string, results []Result, dbBytes int64) {
	size := "not measured"
	if dbBytes > 0 {
		size = formatBytes(dbBytes)
	}
	mem := "not available on " + runtime.GOOS
	if rss, peak, ok := processMemory(); ok {
		mem = fmt.Sprintf("RSS %s, peak %s", formatBytes(rss), formatBytes(peak))
	}
	fmt.Fprintf(w, "- Dialect: %s\n", dialect)
	fmt.Fprintf(w, "- Database size: %s\n", size)
	fmt.Fprintf(w, "- Memory of the bench process: %s\n", mem)
	fmt.Fprintf(w, "- %s on %s/%s, %d CPUs\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Fprintf(w, "| Scenario | N | p50 | p95 | p99 | max |\n")
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s |\n", r.Name, r.N,
			formatDuration(r.P50), formatDuration(r.P95), formatDuration(r.P99), formatDuration(r.Max))
	}
}

// formatDuration prints milliseconds, the unit every row is compared in.
func formatDuration(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 2, 64) + " ms"
}

func formatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// processMemory reads the resident set size and its high-water mark from
// /proc/self/status (Linux only).
func processMemory() (rss, peak int64, ok bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, found := strings.Cut(sc.Text(), ":")
		if !found || key != "VmRSS" && key != "VmHWM" {
			continue
		}
		fields := strings.Fields(val) // "123456 kB"
		if len(fields) != 2 || fields[1] != "kB" {
			continue
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			continue
		}
		if key == "VmRSS" {
			rss = kb << 10
		} else {
			peak = kb << 10
		}
	}
	return rss, peak, rss > 0 && peak > 0
}
