/*
 * libvirt.h: the public C API of modvirt
 *
 * modvirt implements a subset of libvirt's API under libvirt's names,
 * signatures, flags and numeric values, so that a program written against
 * libvirt builds against modvirt unchanged as long as it only uses the
 * calls declared here:
 *
 *     #include <libvirt/libvirt.h>
 *     #include <libvirt/virterror.h>
 *
 *     cc prog.c $(pkg-config --cflags --libs modvirt)
 *
 * As with libvirt, this header does not pull in the error API: include
 * <libvirt/virterror.h> for virGetLastError() and friends. The family
 * headers below must not be included directly.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __VIR_LIBVIRT_H_INCLUDES__
#include <libvirt/libvirt-common.h>
#include <libvirt/libvirt-host.h>
#include <libvirt/libvirt-domain.h>
#include <libvirt/libvirt-domain-snapshot.h>
#include <libvirt/libvirt-event.h>
#include <libvirt/libvirt-network.h>
#include <libvirt/libvirt-secret.h>
#include <libvirt/libvirt-storage.h>
#include <libvirt/libvirt-stream.h>
#undef __VIR_LIBVIRT_H_INCLUDES__

#ifdef __cplusplus
}
#endif
