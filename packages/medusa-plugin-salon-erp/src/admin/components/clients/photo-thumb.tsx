import { Photo } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useState } from "react"

/**
 * A square photo thumbnail. Browsers other than Safari cannot draw HEIC photos: those (and any
 * broken image) show an icon and the caption instead.
 */
export const PhotoThumb = ({
  src,
  alt,
  caption,
  className = "h-16 w-16",
}: {
  src: string
  alt: string
  caption?: string
  className?: string
}) => {
  const [failed, setFailed] = useState(false)
  if (failed) {
    return (
      <div
        className={`bg-ui-bg-subtle text-ui-fg-muted flex flex-col items-center justify-center gap-y-0.5 p-1 ${className}`}
        title={caption ?? alt}
      >
        <Photo />
        {caption && (
          <Text size="xsmall" className="w-full truncate text-center" leading="compact">
            {caption}
          </Text>
        )}
      </div>
    )
  }
  return (
    <img
      src={src}
      alt={alt}
      loading="lazy"
      className={`object-cover ${className}`}
      onError={() => setFailed(true)}
    />
  )
}
