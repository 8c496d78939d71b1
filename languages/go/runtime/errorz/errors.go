// Package errors stands in for the standard library's errors package in the in-page runner: the
// worker imports it as "errorz" wherever Go code imports "errors" (same length, so columns stay).
// Yaegi's compiled errors.As cannot see that a type declared in interpreted code implements error
// (traefik/yaegi#1345, #1716: "errors: *target must be interface or implement error"), so As is
// written here in Go the interpreter runs; the rest is the standard library's.
package errors

import (
	stderrors "errors"
)

// ErrUnsupported is the standard library's.
var ErrUnsupported = stderrors.New("unsupported operation")

// New is the standard library's errors.New.
func New(text string) error { return stderrors.New(text) }

// Unwrap is the standard library's errors.Unwrap.
func Unwrap(err error) error { return stderrors.Unwrap(err) }

// Is is the standard library's errors.Is (it compares values; no type checks to go wrong).
func Is(err, target error) bool { return stderrors.Is(err, target) }

// As finds the first error in err's tree that has the type of *target, sets *target to it and
// returns true, as errors.As does. A type parameter stands in for its reflection, so the target
// must point to an error type (the standard library also takes other interfaces).
func As[T error](err error, target *T) bool {
	if target == nil {
		panic("errors: target must be a non-nil pointer")
	}
	for _, each := range tree(err) {
		if found, ok := each.(T); ok {
			*target = found
			return true
		}
		if matcher, ok := each.(interface{ As(any) bool }); ok && matcher.As(target) {
			return true
		}
	}
	return false
}

// Join is the standard library's errors.Join.
func Join(errs ...error) error { return stderrors.Join(errs...) }

// tree lists err and the errors it wraps, depth first (Unwrap() error and Unwrap() []error).
// A loop over a stack: the interpreter mishandles a closure that calls itself.
func tree(err error) []error {
	var all []error
	pending := []error{err}
	for len(pending) > 0 {
		current := pending[0]
		pending = pending[1:]
		if current == nil {
			continue
		}
		all = append(all, current)
		if wrapper, ok := current.(interface{ Unwrap() error }); ok {
			pending = append([]error{wrapper.Unwrap()}, pending...)
		} else if joined, ok := current.(interface{ Unwrap() []error }); ok {
			pending = append(append([]error{}, joined.Unwrap()...), pending...)
		}
	}
	return all
}
