/* livc-core.h: the whole core library in one include.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"
#include "livc-catalog.h"
#include "livc-comparison.h"
#include "livc-csv.h"
#include "livc-diagnostics.h"
#include "livc-loader.h"
#include "livc-merge.h"
#include "livc-nis.h"
#include "livc-questionnaire.h"
#include "livc-radar.h"
#include "livc-recovery.h"
#include "livc-report.h"
#include "livc-score.h"
#include "livc-trend.h"
#include "livc-types.h"
#include "livc-writer.h"
