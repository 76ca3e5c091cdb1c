/* livc-bidi-check.h: what the tests of bidirectional isolation ask of a text, shared by the
 * core's tests and the GUI's.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* Whether every embedding, override and isolate opened in text is closed before the end
 * of its line: a control left open reorders what follows it on the line, the app's own
 * words or the next cells included. */
static inline gboolean
livc_test_bidi_closed (const char *text)
{
  guint depth = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202B) || (c >= 0x202D && c <= 0x202E) ||
          (c >= 0x2066 && c <= 0x2068))
        depth++;
      else if ((c == 0x202C || c == 0x2069) && depth > 0)
        depth--;
      else if ((c == '\n' || c == 0x2029) && depth > 0)
        return FALSE;
    }
  return depth == 0;
}
