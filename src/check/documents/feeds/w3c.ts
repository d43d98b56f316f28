/** The W3C Feed Validation Service's documentation, which the feed rules follow (their ids after its messages, named in each description). */
export const W3C = 'https://validator.w3.org/feed/docs'
