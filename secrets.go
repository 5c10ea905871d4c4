package kefu

import (
	"sort"
	"strings"
)

// Secrets are a store's named credentials, e.g. "stripe_webhook_secret".
// Several values for one purpose (secret rotation) use numbered names.
type Secrets map[string]string

// Names returns the secret names in order.
func (s Secrets) Names() []string {
	names := make([]string, 0, len(s))
	for k := range s {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// WithPrefix returns the values whose names start with prefix, in name
// order; used for rotated secrets such as webhook_secret, webhook_secret_2.
func (s Secrets) WithPrefix(prefix string) []string {
	var vals []string
	for _, k := range s.Names() {
		if strings.HasPrefix(k, prefix) {
			vals = append(vals, s[k])
		}
	}
	return vals
}

// Validate checks names and values.
func (s Secrets) Validate() error {
	if len(s) > 50 {
		return Invalid("secrets", "at most 50 secrets per store")
	}
	for k, v := range s {
		if !slugPattern.MatchString(strings.ReplaceAll(k, "_", "-")) {
			return Invalid("secrets", "secret name %q must be lower-case letters, digits and '_'", k)
		}
		if err := checkText("secrets", v, 8<<10, true); err != nil {
			return Invalid("secrets", "secret %q must be 1–8192 bytes of valid UTF-8", k)
		}
	}
	return nil
}
