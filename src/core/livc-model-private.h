/* livc-model-private.h: what the assessment's classes share to keep their fields.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-types.h"

G_BEGIN_DECLS

/* Sets a string field and notifies, unless nothing changed. Empty strings are kept as
 * they are: a user may have typed them. What no file could hold is replaced first
 * (livc_text_sanitize ()), so that whatever was typed or pasted saves and opens again. */
static inline gboolean
livc_model_set_string (GObject    *object,
                       char      **field,
                       const char *value,
                       GParamSpec *pspec)
{
  g_autofree char *clean = livc_text_sanitize (value);

  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

G_END_DECLS
