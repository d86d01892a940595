/*
 * xmlfuzz.c: libFuzzer target for the XML parsers of src/conf
 *
 * Built once per document kind (FUZZ_KIND_DOMAIN, FUZZ_KIND_NETWORK), only
 * with clang and -Dfuzz=true. Each input is parsed; what parses is
 * formatted and then put through parse+format twice more. libvirt's own
 * output is not always a fixed point after one round (an empty
 * <bandwidth/> is printed once and dropped on the next parse; a gid above
 * INT_MAX is printed negative and then refused) and we reproduce libvirt,
 * so the check is that the output converges: rounds two and three must be
 * equal whenever they parse. Errors are expected for most inputs and are
 * not failures; crashes, leaks (ASan/LSan) and a non-converging format
 * are.
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


/* One parse+format round; returns NULL if @xml does not parse. */
static char *
fuzzRound(const char *xml)
{
    fuzzDef *def = fuzzParse(xml);
    char *out = NULL;

    if (!def)
        return NULL;
    out = fuzzFormat(def);
    fuzzFree(def);
    return out;
}

/* Inputs above this are cut: the parser refuses 10 MiB anyway and the
 * fuzzer gains nothing from huge documents. */
#define FUZZ_MAX_INPUT (256 * 1024)


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_autofree char *xml = NULL;
    g_autofree char *first = NULL;
    g_autofree char *second = NULL;
    g_autofree char *third = NULL;
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

    if (!(second = fuzzRound(first)) || !(third = fuzzRound(second))) {
        virResetLastError();
        return 0;
    }
    if (!g_str_equal(second, third)) {
        fprintf(stderr, "format does not converge:\n--- second\n%s\n--- third\n%s\n", second,
                third);
        abort();
    }
    return 0;
}
