// The start-up baseline: the smallest Swift program that loads Foundation, as the issue defines it.
// It formats a number through Foundation so the library is really linked and initialised.
import Foundation

print(String(format: "Hello, world %d", 1))
