/*
 * virconftypes.h: forward declarations of every XML model type of the
 * domain family, so headers can refer to each other without including
 * each other
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

/* top level (virdomaindef.h) */
typedef struct _virDomainDef virDomainDef;
typedef struct _virDomainXMLOption virDomainXMLOption;
typedef struct _virDomainSysinfoDef virDomainSysinfoDef;
typedef struct _virDomainIOThreadIDDef virDomainIOThreadIDDef;
typedef struct _virDomainResourceDef virDomainResourceDef;
typedef struct _virSecurityLabelDef virSecurityLabelDef;
typedef struct _virDomainSecDef virDomainSecDef;

/* sections (virdomainos.h, virdomaincpu.h, virdomaintune.h, virdomainclock.h) */
typedef struct _virDomainOSDef virDomainOSDef;
typedef struct _virDomainIdmapDef virDomainIdmapDef;
typedef struct _virCPUDef virCPUDef;
typedef struct _virDomainBlkiotune virDomainBlkiotune;
typedef struct _virDomainMemtune virDomainMemtune;
typedef struct _virDomainCputune virDomainCputune;
typedef struct _virDomainNuma virDomainNuma;
typedef struct _virDomainClockDef virDomainClockDef;
typedef struct _virDomainTimerDef virDomainTimerDef;

/* devices */
typedef struct _virDomainDiskDef virDomainDiskDef;
typedef struct _virDomainControllerDef virDomainControllerDef;
typedef struct _virDomainLeaseDef virDomainLeaseDef;
typedef struct _virDomainFSDef virDomainFSDef;
typedef struct _virDomainNetDef virDomainNetDef;
typedef struct _virDomainSmartcardDef virDomainSmartcardDef;
typedef struct _virDomainChrDef virDomainChrDef;
typedef struct _virDomainChrSourceDef virDomainChrSourceDef;
typedef struct _virDomainInputDef virDomainInputDef;
typedef struct _virDomainTPMDef virDomainTPMDef;
typedef struct _virDomainGraphicsDef virDomainGraphicsDef;
typedef struct _virDomainSoundDef virDomainSoundDef;
typedef struct _virDomainAudioDef virDomainAudioDef;
typedef struct _virDomainVideoDef virDomainVideoDef;
typedef struct _virDomainHostdevDef virDomainHostdevDef;
typedef struct _virDomainRedirdevDef virDomainRedirdevDef;
typedef struct _virDomainRedirFilterDef virDomainRedirFilterDef;
typedef struct _virDomainHubDef virDomainHubDef;
typedef struct _virDomainWatchdogDef virDomainWatchdogDef;
typedef struct _virDomainMemballoonDef virDomainMemballoonDef;
typedef struct _virDomainRNGDef virDomainRNGDef;
typedef struct _virDomainPanicDef virDomainPanicDef;
typedef struct _virDomainShmemDef virDomainShmemDef;
typedef struct _virDomainMemoryDef virDomainMemoryDef;
typedef struct _virDomainIOMMUDef virDomainIOMMUDef;
typedef struct _virDomainVsockDef virDomainVsockDef;
typedef struct _virDomainNVRAMDef virDomainNVRAMDef;
typedef struct _virDomainCryptoDef virDomainCryptoDef;
