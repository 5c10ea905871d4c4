package ingest

import "github.com/prometheus/client_golang/prometheus"

// Metrics counts what arrives, per source: received (archived),
// duplicate (redelivered), rejected (by reason: bad signature, stale
// timestamp, too large…), processed and failed.
type Metrics struct {
	Received  *prometheus.CounterVec
	Duplicate *prometheus.CounterVec
	Rejected  *prometheus.CounterVec
	Processed *prometheus.CounterVec
	Failed    *prometheus.CounterVec
}

// NewMetrics registers the ingest counters with reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Received:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kefu_ingest_received_total", Help: "Inbound events archived, by source."}, []string{"source"}),
		Duplicate: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kefu_ingest_duplicate_total", Help: "Redelivered events acknowledged without a second effect, by source."}, []string{"source"}),
		Rejected:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kefu_ingest_rejected_total", Help: "Inbound requests refused before archiving, by source and reason."}, []string{"source", "reason"}),
		Processed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kefu_ingest_processed_total", Help: "Events whose effects are stored, by source."}, []string{"source"}),
		Failed:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kefu_ingest_failed_total", Help: "Processing attempts that failed, by source."}, []string{"source"}),
	}
	if reg != nil {
		reg.MustRegister(m.Received, m.Duplicate, m.Rejected, m.Processed, m.Failed)
	}
	return m
}
