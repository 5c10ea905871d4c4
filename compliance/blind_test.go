package compliance

import (
	"encoding/json"
	"os"
	"testing"
)

func TestScratchBlind(t *testing.T) {
	out, _ := os.Create("/tmp/kefu-data/firstlook_new.jsonl")
	defer out.Close()
	var all []labelled
	for _, b := range []string{"holdout19", "holdout20", "holdout21", "holdout22"} {
		set := readLabelled(t, "/tmp/kefu-data/"+b+".jsonl")
		all = append(all, set...)
		pk, o, m := score(t, set)
		reportScores(t, b, pk, o, m)
		for _, l := range set {
			ks := checkRules(l.Platform, l.Text).Kinds()
			if ks == nil {
				ks = []Kind{}
			}
			line, _ := json.Marshal(map[string]any{"id": l.ID, "batch": b, "rules": "a9c1913", "kinds": ks})
			out.Write(append(line, '\n'))
		}
	}
	pk, o, m := score(t, all)
	reportScores(t, "pooled", pk, o, m)
}
