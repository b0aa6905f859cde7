# multileader: developer tasks. Run `make help` for the list.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

SWIFT ?= swift
# The binary people run: optimised, with the Swift runtime linked in, so it starts faster than a
# Foundation hello-world (Benchmarks/README.md) and still runs when copied elsewhere.
RELEASE_FLAGS := -c release --static-swift-stdlib --product multileader
BIN := .build/release/multileader
TEST_LOG ?= .build/test.log
READLINE_HEADER := /usr/include/readline/readline.h
APT_INSTALL := apt-get install -y libreadline-dev

# Files checked by `make lint` and rewritten by `make format`, with the Benchmarks and Fuzz packages;
# their .build folders are never listed because only Package.swift and Sources are named.
FORMAT_PATHS := Package.swift Sources Tests \
  $(wildcard Benchmarks/Package.swift Benchmarks/Sources Benchmarks/Tests Fuzz/Package.swift Fuzz/Sources)

.PHONY: help deps build run test soak lint format purity check-svg check-cheatsheet bench bench-model bench-text bench-shell bench-explore clean \
  man install uninstall docs fuzz

help:
	@echo "make run     install libreadline-dev if missing, build, start multileader (ARGS=...)"
	@echo "make test    build and run the tests, then lint and purity"
	@echo "make soak    the long property run: SOAK_RUNS (100000) seeded schedules, release mode"
	@echo "make build   release build of the multileader binary (.build/release/multileader)"
	@echo "make lint    swift format lint --strict"
	@echo "make format  swift format --in-place"
	@echo "make purity  check that the pure layers touch no clock, randomness, I/O or Foundation,"
	@echo "             and that every target declares exactly what it imports, in layer order"
	@echo "make check-svg  export the pictures as SVG and render them to PNG with headless chromium"
	@echo "make check-cheatsheet  export the interview cheat sheet as HTML and render it to a PNG page"
	@echo "make bench   run the benchmarks (release): bench-model, bench-text, bench-shell, bench-explore"
	@echo "make install install the binary, man page and completions (PREFIX=/usr/local, DESTDIR)"
	@echo "make uninstall  remove exactly what make install installed"
	@echo "make docs    build the ReplicationModel documentation (DocC) into .build/docs"
	@echo "make fuzz    run each libFuzzer target for FUZZ_SECONDS (default 60) in FUZZ_JOBS processes"
	@echo "make clean   remove build folders"

# Installs the GNU readline headers with apt-get when they are missing. Root installs directly,
# others go through `sudo -n` (never prompts); if neither works, print the command and stop.
deps:
	@if [[ -f "$(READLINE_HEADER)" || "$$(uname -s)" == Darwin ]]; then exit 0; fi; \
	if [[ "$$(id -u)" == 0 ]]; then sudo=(); \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); \
	else \
	  echo "deps: $(READLINE_HEADER) is missing. Install it, then run make again:" >&2; \
	  echo "  sudo apt-get update && sudo $(APT_INSTALL)" >&2; \
	  exit 1; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	echo "deps: installing libreadline-dev"; \
	"$${sudo[@]}" $(APT_INSTALL) || { "$${sudo[@]}" apt-get update && "$${sudo[@]}" $(APT_INSTALL); }; \
	test -f "$(READLINE_HEADER)" || { echo "deps: $(READLINE_HEADER) still missing" >&2; exit 1; }

# Linking the Swift runtime statically pulls in libFoundationEssentials.a, whose use of mktemp makes
# glibc's linker print "warning: the use of `mktemp' is dangerous" (not our code; nothing to fix on
# our side). Only that one message is filtered; every other line, and the exit status, pass through.
build: deps
	$(SWIFT) build $(RELEASE_FLAGS) 2>&1 | { grep -v -e "the use of .mktemp. is dangerous" || true; }

run: build
	$(BIN) $(ARGS)

# Judged by swift test's exit code (pipefail keeps it through tee), never by its last line, which can
# say "passed" after an XCTest failure. A run where no test executed also fails.
test: deps
	$(SWIFT) build --build-tests
	@mkdir -p "$(dir $(TEST_LOG))"
	$(SWIFT) test 2>&1 | tee "$(TEST_LOG)"
	@grep -qE '^✔ Test run with [1-9][0-9]* tests?' "$(TEST_LOG)" \
	  || grep -qE 'Executed [1-9][0-9]* tests?, with 0 failures' "$(TEST_LOG)" \
	  || { echo "test: no tests ran (log: $(TEST_LOG))" >&2; exit 1; }
	.build/debug/multileader content check Content
	@$(MAKE) --no-print-directory lint purity

# The long property run (Tests/ReplicationSimulationTests/SoakTests.swift): SOAK_RUNS seeded random
# schedules across every policy, preset and CRDT kind; `make test` runs a small slice of it. Release
# mode needs -enable-testing for the test targets' @testable imports. A separate scratch folder
# keeps these flags from rebuilding .build/release.
SOAK_RUNS ?= 100000
soak: deps
	$(SWIFT) build -c release --build-tests -Xswiftc -enable-testing --scratch-path .build/soak
	MULTILEADER_SOAK_RUNS=$(SOAK_RUNS) $(SWIFT) test -c release -Xswiftc -enable-testing \
	  --scratch-path .build/soak --skip-build --filter SoakTests

lint:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(FORMAT_PATHS)

purity:
	@bash .ci/check-purity.sh
	@python3 .ci/check-imports.py

# Exported SVGs rendered to PNG (in .build/check-svg) for a person to look at; needs chromium.
check-svg: build
	@bash .ci/check-svg.sh $(BIN) .build/check-svg

# The interview cheat sheet rendered to one PNG page (in .build/check-cheatsheet); needs chromium.
check-cheatsheet: build
	@bash .ci/check-cheatsheet.sh $(BIN) .build/check-cheatsheet

bench: bench-model bench-text bench-shell bench-explore

bench-model:
	cd Benchmarks && $(SWIFT) run -c release ReplicationBenchmarks

# Needs pycrdt for the Yrs comparison (pip install pycrdt); without it the run says so and stops.
bench-text:
	cd Benchmarks && $(SWIFT) run -c release TextBenchmarks

# Exhaustive exploration of message orders (issues 8 and 21): states per second and reduction
# factor, then `explore --late-clients` on every built-in scenario step through the binary.
bench-explore: build
	cd Benchmarks && $(SWIFT) run -c release ExplorationBenchmarks
	python3 .ci/explore-scenario-steps.py $(BIN)

bench-shell: build
	cd Benchmarks && $(SWIFT) build -c release --product ShellBenchmarks \
	  && $(SWIFT) build -c release --product FoundationHello \
	  && "$$($(SWIFT) build -c release --show-bin-path)/ShellBenchmarks" --binary ../$(BIN)

# The man page comes from swift-argument-parser's generate-manual plugin. The plugin builds every
# product first; debug is asked for so that it shares `make test`'s build instead of relinking the
# release binary without --static-swift-stdlib.
MAN_PAGE := .build/plugins/GenerateManual/outputs/multileader/multileader.1
# The generator keeps the blank lines between paragraphs of a command's discussion, which mdoc
# warns about ("Empty input line"); each becomes the paragraph macro .Pp.
man:
	$(SWIFT) package plugin generate-manual --configuration debug
	@test -f "$(MAN_PAGE)" || { echo "man: $(MAN_PAGE) was not generated" >&2; exit 1; }
	@sed -i 's/^$$/.Pp/' "$(MAN_PAGE)"

# Standard places under PREFIX; DESTDIR stages them for a package. Completions go where bash-completion,
# zsh (site-functions) and fish (vendor_completions.d) look for them.
PREFIX ?= /usr/local
INSTALL_BIN := $(DESTDIR)$(PREFIX)/bin/multileader
INSTALL_MAN := $(DESTDIR)$(PREFIX)/share/man/man1/multileader.1
INSTALL_BASH := $(DESTDIR)$(PREFIX)/share/bash-completion/completions/multileader
INSTALL_ZSH := $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_multileader
INSTALL_FISH := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/multileader.fish
COMPLETIONS := .build/completions

install: build man
	@mkdir -p "$(COMPLETIONS)"
	$(BIN) --generate-completion-script bash > "$(COMPLETIONS)/multileader"
	$(BIN) --generate-completion-script zsh > "$(COMPLETIONS)/_multileader"
	$(BIN) --generate-completion-script fish > "$(COMPLETIONS)/multileader.fish"
	install -D -m 755 "$(BIN)" "$(INSTALL_BIN)"
	install -D -m 644 "$(MAN_PAGE)" "$(INSTALL_MAN)"
	install -D -m 644 "$(COMPLETIONS)/multileader" "$(INSTALL_BASH)"
	install -D -m 644 "$(COMPLETIONS)/_multileader" "$(INSTALL_ZSH)"
	install -D -m 644 "$(COMPLETIONS)/multileader.fish" "$(INSTALL_FISH)"

# Removes exactly the five files install wrote (never the folders, which other programs share).
uninstall:
	rm -f "$(INSTALL_BIN)" "$(INSTALL_MAN)" "$(INSTALL_BASH)" "$(INSTALL_ZSH)" "$(INSTALL_FISH)"

# DocC for the model library (swift-docc-plugin), static HTML in .build/docs; warnings fail it.
docs:
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
	  --target ReplicationModel --warnings-as-errors --output-path .build/docs \
	  --transform-for-static-hosting
	@echo "docs: python3 -m http.server -d .build/docs, then open http://localhost:8000/documentation/replicationmodel"

# libFuzzer targets (Fuzz/, a separate package) with AddressSanitizer, each for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) bash Fuzz/run.sh $(FUZZ_TARGETS)

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build
