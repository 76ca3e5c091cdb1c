/* fuzz-merge.c: libFuzzer target for merging: the input is split on "@@@@" lines into two
 * or three assessments, which are merged; a merge of files that load is written back and
 * must load again.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-fuzz.h"

#define SEPARATOR "\n@@@@\n"
#define MAX_INPUTS 3

static const char *
find_separator (const char *p,
                const char *end)
{
  gsize len = strlen (SEPARATOR);

  for (; (gsize) (end - p) >= len; p++)
    if (memcmp (p, SEPARATOR, len) == 0)
      return p;
  return NULL;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  livc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const names[MAX_INPUTS] = { "member-a.xml", "member-b.xml", "team-c.xml" };
  LivcAssessment *inputs[MAX_INPUTS] = { NULL };
  g_autoptr(LivcAssessment) merged = NULL;
  g_autoptr(LivcAssessment) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  const char *p = (const char *) data;
  const char *end = p + size;
  guint n = 0;
  gboolean loaded = TRUE;

  while (n < MAX_INPUTS)
    {
      /* The last input takes the rest, separators included. */
      const char *sep = n + 1 < MAX_INPUTS ? find_separator (p, end) : NULL;
      const char *stop = sep != NULL ? sep : end;
      g_autoptr(GBytes) bytes = g_bytes_new (p, (gsize) (stop - p));

      inputs[n] = livc_load_assessment_bytes (bytes, names[n], NULL, NULL);
      loaded = loaded && inputs[n] != NULL;
      n++;
      if (sep == NULL)
        break;
      p = sep + strlen (SEPARATOR);
    }
  if (n >= 2 && loaded)
    {
      merged = livc_merge ((LivcAssessment * const *) inputs, names, n, &error);
      g_assert_true ((merged == NULL) == (error != NULL));
      if (merged != NULL)
        {
          written = livc_assessment_to_bytes (merged);
          again = livc_load_assessment_bytes (written, "merged.xml", NULL, &error);
          if (again == NULL)
            g_error ("the merged assessment does not load again: %s", error->message);
        }
    }
  for (guint i = 0; i < n; i++)
    g_clear_object (&inputs[i]);
  return 0;
}
