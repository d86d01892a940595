/*
 * xmlfuzz.c: libFuzzer target for the XML parsers of src/conf
 *
 * Built once per document kind (FUZZ_KIND_DOMAIN, FUZZ_KIND_NETWORK), only
 * with clang and -Dfuzz=true. Each input is parsed; what parses is
 * formatted, re-parsed and formatted again, and the two formats must be
 * equal (a parse of our own output must give the same document back).
 * Errors are expected for most inputs and are not failures; crashes,
 * leaks (ASan) and a round-trip mismatch are.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "virerror.h"
#include "virlog.h"

#if defined(FUZZ_KIND_DOMAIN)
# include "virdomaindef.h"
typedef virDomainDef fuzzDef;
# define fuzzParse(xml) virDomainDefParseString(xml, 0)
# define fuzzFormat(def) virDomainDefFormat(def, 0)
# define fuzzFree(def) virDomainDefFree(def)
#elif defined(FUZZ_KIND_NETWORK)
# include "virnetworkconf.h"
typedef virNetworkDef fuzzDef;
# define fuzzParse(xml) virNetworkDefParseString(xml, 0)
# define fuzzFormat(def) virNetworkDefFormat(def, 0)
# define fuzzFree(def) virNetworkDefFree(def)
#else
# error "define FUZZ_KIND_DOMAIN or FUZZ_KIND_NETWORK"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs above this are cut: the parser refuses 10 MiB anyway and the
 * fuzzer gains nothing from huge documents. */
#define FUZZ_MAX_INPUT (256 * 1024)


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_autofree char *xml = NULL;
    g_autofree char *first = NULL;
    g_autofree char *second = NULL;
    fuzzDef *def = NULL;

    if (size > FUZZ_MAX_INPUT)
        size = FUZZ_MAX_INPUT;
    xml = g_strndup((const char *)data, size);

    if (!(def = fuzzParse(xml))) {
        virResetLastError();
        return 0;
    }
    first = fuzzFormat(def);
    fuzzFree(def);
    if (!first) {
        virResetLastError();
        return 0;
    }

    /* Our own output must parse and format to the same bytes. */
    if (!(def = fuzzParse(first))) {
        fprintf(stderr, "re-parse of our own output failed: %s\n---\n%s\n",
                virGetLastErrorMessage(), first);
        abort();
    }
    second = fuzzFormat(def);
    fuzzFree(def);
    if (!second || !g_str_equal(first, second)) {
        fprintf(stderr, "format is not stable:\n--- first\n%s\n--- second\n%s\n",
                first, NULLSTR(second));
        abort();
    }
    return 0;
}
