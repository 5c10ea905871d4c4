package kefu

import (
	"errors"
	"fmt"
)

// Error codes are stable API values; the web layer maps them to HTTP
// statuses and clients may switch on them.
const (
	EINVALID      = "invalid"      // a field fails validation
	ENOTFOUND     = "not_found"    // the thing does not exist or is outside the caller's scope
	ECONFLICT     = "conflict"     // a unique value is taken, or the state forbids the change
	EUNAUTHORIZED = "unauthorized" // no or bad credentials
	EFORBIDDEN    = "forbidden"    // authenticated but not allowed
	ETOOLARGE     = "too_large"    // a value or batch exceeds a limit
	EINTERNAL     = "internal"     // a bug or an unavailable dependency
)

// Error is the one error type the domain returns. Field names the input
// field at fault, using its JSON name, when there is one.
type Error struct {
	Code    string
	Message string
	Field   string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("kefu: %s: %s (%s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("kefu: %s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid reports a validation failure of one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Message: fmt.Sprintf(format, args...), Field: field}
}

// NotFound reports a missing entity.
func NotFound(what string) *Error {
	return &Error{Code: ENOTFOUND, Message: what + " not found"}
}

// ErrorCode returns the code of err, EINTERNAL for foreign errors and ""
// for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of err; foreign errors are
// hidden behind a generic text so internals never reach a client.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// ErrorField returns the offending field of a validation error, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
