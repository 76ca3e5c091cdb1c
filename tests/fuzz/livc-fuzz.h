/* livc-fuzz.h: what the libFuzzer targets share: one-time setup of the core, the built-in
 * questionnaire, and a PDF surface that writes nowhere.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <cairo-pdf.h>
#include <glib.h>

#include "livc-core.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A critical is a broken precondition inside the core: let it crash so the fuzzer keeps
 * the input. */
static inline void
livc_fuzz_init (void)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  livc_core_init ();
}

static inline LivcQuestionnaire *
livc_fuzz_builtin (void)
{
  static LivcQuestionnaire *builtin;

  if (builtin == NULL)
    {
      g_autoptr(GError) error = NULL;

      builtin = livc_catalog_get_builtin (&error);
      g_assert_no_error (error);
      g_assert_nonnull (builtin);
    }
  return builtin;
}

static inline cairo_status_t
livc_fuzz_discard (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}
